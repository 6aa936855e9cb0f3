// The standing roll-up: processes whose dependencies cannot be back within their RTO, single
// points of failure, key people with no backup, resources with no recovery time, and cycles.
import { rollUp } from '../../domain/bia-rollup';
import type { EngineGraph } from '../../domain/bia-engine';
import { useT } from '../../i18n/use-i18n';

export function FlagsSection({ graph, names }: { graph: EngineGraph; names: Map<string, string> }) {
  const t = useT();
  const r = rollUp(graph);
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
    <section className="page" aria-labelledby="bia-flags-heading">
      <h3 id="bia-flags-heading">{t('bia.flags')}</h3>
      {lines.length === 0 ? (
        <p className="muted">{t('bia.flagsNone')}</p>
      ) : (
        <ul className="bia-flags">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
