// The what-if view: tick resources, say for how long (and for people, which share), and see each
// process against its RTO and MTPD, and what brings it back. The engine runs in a Web Worker
// (use-bia-compute.ts): on a 200-process workbook it takes tens of milliseconds, and typing an hour
// must not wait for it. The last timeline stays on screen, marked busy, until the new one arrives.
// Responsiveness on a large workbook (500 resources, 200 processes) comes from rendering little per
// input: a tick re-renders its own row (what-if-losses.tsx) and marks the answer busy; the table is
// rendered from a deferred value, in a transition React cuts into short slices (what-if-timeline.tsx).
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { EngineGraph, Loss } from '../../domain/bia-engine';
import { useT } from '../../i18n/use-i18n';
import type { BiaData } from './data';
import { ScenarioImpacts } from './scenario-impacts';
import { SelectField } from '../../components/form/field';
import { useBiaCompute } from '../../components/use-bia-compute';
import { LossList, UNPICKED, type Pick, type SetPick } from './what-if-losses';
import { WhatIfTimeline } from './what-if-timeline';

export function WhatIf({
  workbookId,
  data,
  graph,
  names,
}: {
  workbookId: string;
  data: BiaData;
  graph: EngineGraph;
  names: Map<string, string>;
}) {
  const t = useT();
  const [picks, setPicks] = useState<Record<string, Pick>>({});
  const [source, setSource] = useState('');
  // Stable, so the memoised rows are not re-rendered for a new handler.
  const setPick = useCallback<SetPick>(
    (id, patch) => setPicks((p) => ({ ...p, [id]: { ...(p[id] ?? UNPICKED), ...patch } })),
    [],
  );
  const scenario = data.scenarios.find((s) => s.id === source);
  const ticked: Loss[] = data.resources.flatMap((r) => {
    const p = picks[r.id] ?? UNPICKED;
    const hours = Number(p.hours);
    const share = Number(p.share);
    if (!p.on || !(hours > 0)) return [];
    return [
      { resourceId: r.id, hours, staffSharePercent: r.kind === 'people' && share < 100 ? share : null },
    ];
  });
  const losses: Loss[] = scenario
    ? data.scenarioImpacts
        .filter((i) => i.scenarioId === scenario.id)
        .map((i) => ({
          resourceId: i.resourceId,
          hours: i.outageHours,
          staffSharePercent: i.staffSharePercent,
        }))
    : ticked;
  // The request keeps its identity while the graph and the losses are the same, so the worker is
  // asked again only when something changed.
  const lossKey = JSON.stringify(losses);
  const request = useMemo(
    () => ({ kind: 'engine' as const, graph, losses: JSON.parse(lossKey) as Loss[] }),
    [graph, lossKey],
  );
  const { answer: result, busy } = useBiaCompute(request);
  // The table follows a tick a moment later, in a transition: the first tick's 200 new rows must
  // not be rendered inside the key or click that made them. `busy` is not deferred: the answer on
  // screen is marked stale in the same frame as the tick.
  const shownLosses = useDeferredValue(losses.length > 0);
  const shownResult = useDeferredValue(result);
  return (
    <section className="page" aria-labelledby="bia-whatif-heading">
      <h3 id="bia-whatif-heading">{t('bia.whatIf')}</h3>
      <p className="field-hint">{t('bia.whatIfHint')}</p>
      <SelectField
        label={t('bia.source')}
        options={[
          { value: '', label: t('bia.sourceWhatIf') },
          ...data.scenarios.map((s) => ({ value: s.id, label: s.title })),
        ]}
        value={scenario?.id ?? ''}
        onChange={(e) => setSource(e.target.value)}
      />
      {scenario ? (
        <ScenarioImpacts workbookId={workbookId} data={data} scenarioId={scenario.id} />
      ) : (
        <LossList resources={data.resources} picks={picks} setPick={setPick} />
      )}
      {!shownLosses ? (
        <p className="muted">{t('bia.noLoss')}</p>
      ) : shownResult === null ? (
        <p className="muted" role="status">
          {t('bia.computing')}
        </p>
      ) : (
        <div className="bia-result" aria-busy={busy || undefined} data-busy={busy || undefined}>
          <WhatIfTimeline result={shownResult} data={data} names={names} />
        </div>
      )}
    </section>
  );
}
