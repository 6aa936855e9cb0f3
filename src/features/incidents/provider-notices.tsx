// The provider's message center posts (imported as incidents of kind "notice"): planned changes
// and announcements the planner may need to act on, listed apart from outages.
import { Link } from 'react-router';
import type { Incident } from '../../domain/incident';
import { useFormat, useT } from '../../i18n/use-i18n';
import { providerLabel } from './provider-labels';

/** A datetime-local value shown through Intl without time-zone shifts (it is wall-clock time). */
const wallClock = (v: string) => `${v}:00`;

export function ProviderNotices({ notices }: { notices: Incident[] }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <section className="page" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('incidents.provider.notices')}</h2>
      <p>{t('incidents.provider.noticesIntro')}</p>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('incidents.provider.noticesCaption')}
      >
        <table className="incidents-table" data-testid="provider-notices">
          <caption className="visually-hidden">{t('incidents.provider.noticesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('incidents.title')}</th>
              <th scope="col">{t('incidents.provider.id')}</th>
              <th scope="col">{t('incidents.provider.category')}</th>
              <th scope="col">{t('incidents.service')}</th>
              <th scope="col">{t('incidents.startAt')}</th>
            </tr>
          </thead>
          <tbody>
            {notices.map((n) => (
              <tr key={n.id}>
                <th scope="row">
                  <Link to={`?incident=${n.id}`}>{n.title}</Link>
                </th>
                <td>{n.provider!.id}</td>
                <td>{providerLabel(t, 'category', n.provider!.classification)}</td>
                <td>{n.service}</td>
                <td>{fmt.dateTime(wallClock(n.startAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
