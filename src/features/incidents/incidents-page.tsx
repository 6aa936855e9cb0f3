// The incident log, and one incident's review when ?incident=<id> is in the URL (so reload and
// Back keep the planner where they were).
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useOpenWorkbook } from '../../components/open-workbook';
import { useFormat, useT } from '../../i18n/use-i18n';
import { useIncidents } from './data';
import { IncidentEditor } from './incident-editor';
import { NewIncidentDialog } from './new-incident-dialog';
import { ProviderImportDialog } from './provider-import-dialog';
import { ProviderNotices } from './provider-notices';
import { providerLabel } from './provider-labels';
import './incidents.css';
import { useGo } from '../../components/use-go';

/** A datetime-local value shown through Intl without time-zone shifts (it is wall-clock time). */
const wallClock = (v: string) => `${v}:00`;

export default function IncidentsPage() {
  const t = useT();
  const fmt = useFormat();
  const workbook = useOpenWorkbook();
  const navigate = useGo();
  const [params] = useSearchParams();
  const openId = params.get('incident');
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const data = useIncidents(workbook.id);
  if (!data) return <p className="loading">{t('common.loading')}</p>;

  if (openId) {
    const incident = data.incidents.find((i) => i.id === openId);
    return (
      <div className="incidents">
        <p>
          <Link to="?">{t('incidents.back')}</Link>
        </p>
        {incident ? (
          <IncidentEditor key={incident.id} incident={incident} />
        ) : (
          <p className="page">{t('incidents.notFound')}</p>
        )}
      </div>
    );
  }

  const sorted = [...data.incidents].sort((a, b) => b.startAt.localeCompare(a.startAt));
  // Message center posts are notices of change, not outages: listed on their own below.
  const incidents = sorted.filter((i) => i.provider?.kind !== 'notice');
  const notices = sorted.filter((i) => i.provider?.kind === 'notice');
  return (
    <div className="incidents">
      <section className="page" aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">{t('incidents.heading')}</h2>
        <p>{t('incidents.intro')}</p>
        <div className="card-actions">
          <button type="button" onClick={() => setAdding(true)}>
            {t('incidents.add')}
          </button>
          <button type="button" className="secondary" onClick={() => setImporting(true)}>
            {t('incidents.provider.import')}
          </button>
        </div>
        {incidents.length === 0 ? (
          <p className="muted">{t('incidents.none')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('incidents.listCaption')}>
            <table className="incidents-table">
              <caption className="visually-hidden">{t('incidents.listCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('incidents.title')}</th>
                  <th scope="col">{t('incidents.source')}</th>
                  <th scope="col">{t('incidents.provider.record')}</th>
                  <th scope="col">{t('incidents.service')}</th>
                  <th scope="col">{t('incidents.startAt')}</th>
                  <th scope="col">{t('incidents.endAt')}</th>
                  <th scope="col">{t('incidents.lessons.heading')}</th>
                </tr>
              </thead>
              <tbody>
                {incidents.map((i) => (
                  <tr key={i.id}>
                    <th scope="row">
                      <Link to={`?incident=${i.id}`}>{i.title}</Link>
                    </th>
                    <td>{t(`incidents.source.${i.source}`)}</td>
                    <td>
                      {i.provider && (
                        <>
                          <span className="incidents-badge">{t('incidents.provider.badge')}</span>{' '}
                          {i.provider.id} · {providerLabel(t, 'status', i.provider.status)}
                        </>
                      )}
                    </td>
                    <td>{i.service}</td>
                    <td>{fmt.dateTime(wallClock(i.startAt))}</td>
                    <td>{i.endAt ? fmt.dateTime(wallClock(i.endAt)) : t('incidents.ongoing')}</td>
                    <td>
                      {t('incidents.lessonCount', {
                        count: data.lessons.filter((l) => l.incidentId === i.id).length,
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {notices.length > 0 && <ProviderNotices notices={notices} />}
      <ProviderImportDialog workbookId={workbook.id} open={importing} onClose={() => setImporting(false)} />
      <NewIncidentDialog
        workbookId={workbook.id}
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={(id) => {
          setAdding(false);
          navigate(`?incident=${id}`);
        }}
      />
    </div>
  );
}
