// Escalation: for each role, whom to escalate to and after how many minutes without an answer. A
// link that would come back to the role is a message beside the field and is not saved (the choice
// stays on screen); minutes that are not a whole number likewise. Below, the levels from each
// declaring role, and the availability hours and time zone of the contacts who hold a role.
import { useId, useState } from 'react';
import { nullableNumber } from '../../components/form/field';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import type { WriteOutcome } from '../../db/guarded-write';
import { responseRoleSchema, type ResponseRole } from '../../domain/response';
import { escalationLevels, wouldLoop } from '../../domain/response-rules';
import { useT } from '../../i18n/use-i18n';
import { setEscalation, type ResponseData } from './data';
import { roleName } from './role-name';

export function EscalationSection({ data }: { data: ResponseData }) {
  const t = useT();
  const id = useId();
  const declarers = data.roles.filter((r) => r.mayDeclare);
  const byId = new Map(data.roles.map((r) => [r.id, r]));
  const holders = data.contacts.filter((c) =>
    data.roles.some((r) => r.primaryContactId === c.id || r.alternateContactIds.includes(c.id)),
  );
  return (
    <section className="page response-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('response.escalation.heading')}</h3>
      <p>{t('response.escalation.intro')}</p>
      {data.roles.length === 0 ? (
        <p className="muted">{t('response.escalation.noRoles')}</p>
      ) : (
        <ul className="response-cards">
          {data.roles.map((r) => (
            <EscalationRow key={r.id} role={r} roles={data.roles} />
          ))}
        </ul>
      )}
      {declarers.map((d) => {
        const levels = escalationLevels(data.roles, d.id);
        if (levels.length < 2) return null;
        return (
          <div key={d.id} className="response-levels">
            <h4>{t('response.escalation.levelsFrom', { role: roleName(t, d) })}</h4>
            <ol>
              {levels.map((l) => (
                <li key={l.roleId}>
                  {roleName(t, byId.get(l.roleId)!)}
                  {l.afterMinutes !== null &&
                    ` (${t('response.escalation.after', { minutes: l.afterMinutes })})`}
                </li>
              ))}
            </ol>
          </div>
        );
      })}
      <h4 id={`${id}-avail`}>{t('response.escalation.availability')}</h4>
      {holders.length === 0 ? (
        <p className="muted">{t('response.escalation.noHolders')}</p>
      ) : (
        <div className="response-table-scroll">
          <table className="response-table" aria-labelledby={`${id}-avail`}>
            <thead>
              <tr>
                <th scope="col">{t('response.escalation.contact')}</th>
                <th scope="col">{t('response.escalation.hours')}</th>
                <th scope="col">{t('response.escalation.timeZone')}</th>
              </tr>
            </thead>
            <tbody>
              {holders.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{c.availabilityHours || t('response.escalation.notSet')}</td>
                  <td>{c.timeZone || t('response.escalation.notSet')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="field-hint">{t('response.escalation.editInContacts')}</p>
    </section>
  );
}

function EscalationRow({ role, roles }: { role: ResponseRole; roles: ResponseRole[] }) {
  const t = useT();
  const id = useId();
  const label = roleName(t, role);
  const [target, setTarget] = useState<string>(role.escalatesToRoleId ?? '');
  const [minutes, setMinutes] = useState<string>(
    role.escalateAfterMinutes === null ? '' : String(role.escalateAfterMinutes),
  );
  const [loop, setLoop] = useState(false);
  const [minutesError, setMinutesError] = useState<string | null>(null);
  const write = useGuardedAction(
    async (to: string | null, after: number | null): Promise<WriteOutcome<null>> => {
      const outcome = await setEscalation(roles, role.id, to, after);
      // The loop was checked before; another tab may have closed one since: show it, nothing written.
      if ('messageKey' in outcome) setLoop(true);
      return outcome.ok
        ? { ok: true, value: null }
        : 'error' in outcome
          ? outcome
          : { ok: true, value: null };
    },
  );
  const parseMinutes = (text: string) => {
    const parsed = responseRoleSchema.shape.escalateAfterMinutes.safeParse(nullableNumber(text.trim()));
    return parsed.success
      ? { ok: true as const, value: parsed.data }
      : { ok: false as const, key: parsed.error.issues[0]!.message };
  };
  const save = (nextTarget: string, nextMinutes: string) => {
    const to = nextTarget === '' ? null : nextTarget;
    const isLoop = wouldLoop(roles, role.id, to);
    setLoop(isLoop);
    const m = parseMinutes(nextMinutes);
    setMinutesError(m.ok ? null : m.key);
    if (isLoop) return;
    write.start(to, m.ok ? m.value : role.escalateAfterMinutes);
  };
  const targetError = loop ? `${id}-loop` : undefined;
  const minutesErrorId = minutesError ? `${id}-min` : undefined;
  return (
    <li className="response-card response-escalation" aria-label={label}>
      <strong>{label}</strong>
      <div className="field" data-invalid={loop ? 'true' : undefined}>
        <label htmlFor={`${id}-to`}>{t('response.escalation.to', { role: label })}</label>
        <select
          id={`${id}-to`}
          value={target}
          aria-invalid={loop || undefined}
          aria-describedby={targetError}
          onChange={(e) => {
            setTarget(e.target.value);
            save(e.target.value, minutes);
          }}
        >
          <option value="">{t('response.escalation.nobody')}</option>
          {roles
            .filter((r) => r.id !== role.id)
            .map((r) => (
              <option key={r.id} value={r.id}>
                {roleName(t, r)}
              </option>
            ))}
        </select>
        {loop && (
          <p className="field-error" id={targetError} role="alert">
            {t('response.errors.loop')}
          </p>
        )}
      </div>
      <div className="field" data-invalid={minutesError ? 'true' : undefined}>
        <label htmlFor={`${id}-after`}>{t('response.escalation.afterMinutes', { role: label })}</label>
        <input
          id={`${id}-after`}
          inputMode="numeric"
          autoComplete="off"
          value={minutes}
          aria-invalid={minutesError ? true : undefined}
          aria-describedby={minutesErrorId}
          onChange={(e) => {
            setMinutes(e.target.value);
            save(target, e.target.value);
          }}
        />
        {minutesError && (
          <p className="field-error" id={minutesErrorId} role="alert">
            {t.loose(minutesError)}
          </p>
        )}
      </div>
      <WriteError error={write.error} onRetry={write.retry} />
    </li>
  );
}
