// The communication plan's gaps, stated plainly.
import { communicationsReadiness, readinessProblems } from '../../domain/communications-readiness';
import type { InternalChannel, ProviderChannel } from '../../domain/communications';
import { useT } from '../../i18n/use-i18n';

type Props = { provider: ProviderChannel[]; internal: InternalChannel[]; cadenceMinutes: number };

export function ReadinessSummary({ provider, internal, cadenceMinutes }: Props) {
  const t = useT();
  const problems = readinessProblems(communicationsReadiness(provider, internal, cadenceMinutes));
  return (
    <section className="page" aria-labelledby="comms-readiness-heading" data-testid="comms-readiness">
      <h2 id="comms-readiness-heading">{t('communications.readiness.heading')}</h2>
      {problems.length === 0 ? (
        <p className="badge badge-ok">{t('communications.readiness.allGood')}</p>
      ) : (
        <ul className="communications-flags">
          {problems.map((p) => (
            <li key={p} data-flag={p}>
              <span className="badge badge-warning" aria-hidden="true">
                !
              </span>{' '}
              {t(`communications.readiness.${p}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
