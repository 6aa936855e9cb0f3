// The standing roll-up: processes whose dependencies cannot be back within their RTO, single
// points of failure, key people with no backup, resources with no recovery time, and cycles. The
// roll-up runs in the BIA worker (use-bia-compute.ts); until its first answer the section says so.
import { useMemo } from 'react';
import type { EngineGraph } from '../../domain/bia-engine';
import type { RollUp } from '../../domain/bia-rollup';
import { useT } from '../../i18n/use-i18n';
import { DependencyGraph } from './dependency-graph';
import { useBiaCompute } from '../../components/use-bia-compute';

export function FlagsSection({ graph, names }: { graph: EngineGraph; names: Map<string, string> }) {
  const t = useT();
  const request = useMemo(() => ({ kind: 'rollup' as const, graph }), [graph]);
  const { answer, busy } = useBiaCompute(request);
  return (
    <section className="page" aria-labelledby="bia-flags-heading" aria-busy={busy || undefined}>
      <h3 id="bia-flags-heading">{t('bia.flags')}</h3>
      {answer === null ? (
        <p className="muted" role="status">
          {t('bia.computing')}
        </p>
      ) : (
        <Flags graph={graph} names={names} r={answer} />
      )}
    </section>
  );
}

/** The roll-up's findings: the picture, the table and one line per flag. */
function Flags({ graph, names, r }: { graph: EngineGraph; names: Map<string, string>; r: RollUp }) {
  const t = useT();
  const name = (id: string | null) =>
    id === null ? '?' : (names.get(`r:${id}`) ?? names.get(`p:${id}`) ?? '?');
  const lines = [
    ...r.gaps.map((g) =>
      t('bia.gap', {
        process: names.get(`p:${g.processId}`) ?? '?',
        rto: g.rtoHours,
        cause: name(g.causeResourceId),
        hours: g.backAt,
      }),
    ),
    ...r.singlePoints.map((s) =>
      t('bia.singlePoint', { resource: name(s.resourceId), count: s.processIds.length }),
    ),
    ...r.keyPeople.map((id) => t('bia.keyPerson', { resource: name(id) })),
    ...r.unknownRecovery.map((id) => t('bia.unknownRecovery', { resource: name(id) })),
    ...r.cycles.map((c) => t('bia.cycle', { names: c.map((k) => names.get(k) ?? '?').join(' → ') })),
  ];
  return (
    <>
      <DependencyGraph
        graph={graph}
        names={names}
        marked={
          new Set([
            ...r.gaps.map((g) => `p:${g.processId}`),
            ...r.singlePoints.map((x) => `r:${x.resourceId}`),
          ])
        }
      />
      <DependencyTable
        graph={graph}
        names={names}
        backAt={r.backAt}
        gapIds={new Set(r.gaps.map((g) => g.processId))}
      />
      {lines.length === 0 ? (
        <p className="muted">{t('bia.flagsNone')}</p>
      ) : (
        <ul className="bia-flags">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The dependency graph as a table: each process, what it needs directly, and whether it can be back in time. */
function DependencyTable({
  graph,
  names,
  backAt,
  gapIds,
}: {
  graph: EngineGraph;
  names: Map<string, string>;
  backAt: Map<string, number>;
  gapIds: Set<string>;
}) {
  const t = useT();
  if (graph.processes.length === 0) return null;
  return (
    <div className="bia-grid-scroll">
      <table className="bia-timeline">
        <caption>{t('bia.depTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('bia.colProcess')}</th>
            <th scope="col">{t('bia.rto')}</th>
            <th scope="col">{t('bia.depNeeds')}</th>
            <th scope="col">{t('bia.depBackAt')}</th>
            <th scope="col">{t('bia.depInTime')}</th>
          </tr>
        </thead>
        <tbody>
          {graph.processes.map((p) => (
            <tr key={p.id} data-breach={gapIds.has(p.id) || undefined}>
              <th scope="row">{names.get(`p:${p.id}`)}</th>
              <td>{p.rtoHours ?? t('bia.noBreach')}</td>
              <td>
                {graph.dependencies
                  .filter((d) => d.processId === p.id)
                  .map((d) => names.get(`r:${d.resourceId}`) ?? '?')
                  .join(', ') || t('bia.noBreach')}
              </td>
              <td>{t('bia.hours', { hours: backAt.get(p.id) ?? 0 })}</td>
              <td>
                {gapIds.has(p.id)
                  ? t('bia.depGap')
                  : p.rtoHours === null
                    ? t('bia.noBreach')
                    : t('bia.depOk')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
