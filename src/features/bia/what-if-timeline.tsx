// The what-if answer as a table: each process against its RTO and MTPD, and what brings it back.
// Rows are memoised on what they show, so a new answer re-renders (and the browser re-lays out) only
// the processes whose outcome changed; the table is rendered in a transition (use-bia-compute.ts,
// what-if.tsx), so even a first render of 200 rows is cut into short slices between inputs.
import { memo, useMemo } from 'react';
import type { EngineResult, ProcessOutcome } from '../../domain/bia-engine';
import { useT } from '../../i18n/use-i18n';
import type { BiaData } from './data';

type Process = BiaData['processes'][number];

export const WhatIfTimeline = memo(function WhatIfTimeline({
  result,
  data,
  names,
}: {
  result: EngineResult;
  data: BiaData;
  names: Map<string, string>;
}) {
  const t = useT();
  const processes = useMemo(() => new Map(data.processes.map((p) => [p.id, p])), [data.processes]);
  const alternatives = useMemo(
    () => new Map(data.alternatives.map((a) => [a.id, a.name])),
    [data.alternatives],
  );
  const breaches = result.processes.filter((o) => o.rtoBreachAt !== null).length;
  const mtpd = result.processes.filter((o) => o.mtpdBreachAt !== null).length;
  return (
    <>
      <p className="bia-summary" role="status">
        {t('bia.summary', { breaches, mtpd, total: result.processes.length })}
      </p>
      <div className="bia-grid-scroll">
        <table className="bia-timeline">
          <thead>
            <tr>
              <th scope="col">{t('bia.colProcess')}</th>
              <th scope="col">{t('bia.colTier')}</th>
              <th scope="col">{t('bia.colDown')}</th>
              <th scope="col">{t('bia.colRto')}</th>
              <th scope="col">{t('bia.colMtpd')}</th>
              <th scope="col">{t('bia.colRecovered')}</th>
            </tr>
          </thead>
          <tbody>
            {result.processes.map((o) => {
              // A row shows the last answer's outcome: a process deleted since then is skipped.
              const process = processes.get(o.processId);
              if (!process) return null;
              const recovery = o.recoveredBy;
              return (
                <TimelineRow
                  key={o.processId}
                  outcome={o}
                  process={process}
                  via={recovery ? (alternatives.get(recovery.alternativeId) ?? '?') : null}
                  cause={names.get(`r:${o.causeResourceId}`) ?? '?'}
                />
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
});

type RowProps = { outcome: ProcessOutcome; process: Process; via: string | null; cause: string };

/** Same row when everything it shows is the same: each answer is a fresh object from the worker. */
const sameRow = (a: RowProps, b: RowProps) =>
  a.process === b.process &&
  a.via === b.via &&
  a.cause === b.cause &&
  a.outcome.downUntil === b.outcome.downUntil &&
  a.outcome.recoveredAt === b.outcome.recoveredAt &&
  a.outcome.rtoBreachAt === b.outcome.rtoBreachAt &&
  a.outcome.mtpdBreachAt === b.outcome.mtpdBreachAt &&
  a.outcome.recoveredBy?.setupHours === b.outcome.recoveredBy?.setupHours;

const TimelineRow = memo(function TimelineRow({ outcome: o, process, via, cause }: RowProps) {
  const t = useT();
  const hours = (h: number | null) => (h === null ? t('bia.noBreach') : t('bia.hours', { hours: h }));
  return (
    <tr data-breach={o.rtoBreachAt !== null || undefined}>
      <th scope="row">{process.name}</th>
      <td>{process.tier}</td>
      <td>
        {o.downUntil === 0
          ? t('bia.notAffected')
          : o.recoveredAt === null
            ? t('bia.beyondMonth')
            : hours(o.recoveredAt)}
      </td>
      <td>{hours(o.rtoBreachAt)}</td>
      <td>{hours(o.mtpdBreachAt)}</td>
      <td>
        {o.downUntil === 0
          ? t('bia.noBreach')
          : o.recoveredBy
            ? t('bia.viaAlternative', { alternative: via ?? '?', hours: o.recoveredBy.setupHours })
            : t('bia.ownRecovery', { resource: cause })}
      </td>
    </tr>
  );
}, sameRow);
