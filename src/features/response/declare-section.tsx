// Who may declare: the roles allowed to invoke the plan, their primary and alternates and the ways
// they are reached; beside the list, the warning when no way works without the provider's mail or
// chat (or nobody may declare yet). Edited in the role cards below; this is the view on the day.
import { useId } from 'react';
import { declareWarning } from '../../domain/response-rules';
import { useT } from '../../i18n/use-i18n';
import type { ResponseData } from './data';
import { roleName } from './role-name';

export function DeclareSection({ data }: { data: ResponseData }) {
  const t = useT();
  const id = useId();
  const warning = declareWarning(data.roles);
  const declarers = data.roles.filter((r) => r.mayDeclare);
  const name = (cid: string | null) =>
    cid === null
      ? null
      : (data.contacts.find((c) => c.id === cid)?.name ?? data.goneContacts.get(cid) ?? null);
  return (
    <section className="page response-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('response.declare.heading')}</h3>
      <p>{t('response.declare.intro')}</p>
      <div className="response-declare">
        {declarers.length > 0 && (
          <ul aria-labelledby={`${id}-h`} aria-describedby={warning ? `${id}-warn` : undefined}>
            {declarers.map((r) => {
              const alternates = r.alternateContactIds.map(name).filter((n): n is string => n !== null);
              return (
                <li key={r.id}>
                  <strong>{roleName(t, r)}</strong>
                  {': '}
                  {name(r.primaryContactId) ?? t('response.roles.noPrimary')}
                  {alternates.length > 0 &&
                    ` (${t('response.declare.alternates', { names: alternates.join(', ') })})`}
                  <br />
                  <span className="muted">
                    {r.reachMethods.length === 0
                      ? t('response.declare.noWays')
                      : t('response.declare.ways', {
                          ways: r.reachMethods
                            .map((m) =>
                              m.dependsOnProvider
                                ? `${m.label} (${t('response.declare.viaProvider')})`
                                : m.label,
                            )
                            .join(', '),
                        })}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {warning && (
          <p className="field-warning" id={`${id}-warn`} role="status" data-warning={warning}>
            {t(`response.warnings.${warning}`)}
          </p>
        )}
      </div>
    </section>
  );
}
