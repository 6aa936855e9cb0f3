// The what-if view: tick resources, say for how long (and for people, which share), and see each
// process against its RTO and MTPD, and what brings it back. The engine runs in a Web Worker
// (use-bia-compute.ts): on a 200-process workbook it takes tens of milliseconds, and typing an hour
// must not wait for it. The last timeline stays on screen, marked busy, until the new one arrives.
import { useMemo, useState } from 'react';
import { BIA_HORIZON_HOURS } from '../../domain/bia';
import type { EngineGraph, Loss } from '../../domain/bia-engine';
import { useT } from '../../i18n/use-i18n';
import type { BiaData } from './data';
import { ScenarioImpacts } from './scenario-impacts';
import { SelectField } from '../../components/form/field';
import { useBiaCompute } from './use-bia-compute';

type Pick = { on: boolean; hours: string; share: string };

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
  const scenario = data.scenarios.find((s) => s.id === source);
  const pickOf = (id: string): Pick => picks[id] ?? { on: false, hours: '24', share: '100' };
  const set = (id: string, patch: Partial<Pick>) =>
    setPicks((p) => ({ ...p, [id]: { ...pickOf(id), ...patch } }));
  const ticked: Loss[] = data.resources.flatMap((r) => {
    const p = pickOf(r.id);
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
  const alternatives = new Map(data.alternatives.map((a) => [a.id, a.name]));
  const hours = (h: number | null) => (h === null ? t('bia.noBreach') : t('bia.hours', { hours: h }));
  const breaches = result?.processes.filter((o) => o.rtoBreachAt !== null).length ?? 0;
  const mtpd = result?.processes.filter((o) => o.mtpdBreachAt !== null).length ?? 0;
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
        <ul className="bia-losses">
          {data.resources.map((r) => {
            const p = pickOf(r.id);
            return (
              <li key={r.id} className="bia-loss">
                <label className="bia-check">
                  <input
                    type="checkbox"
                    checked={p.on}
                    onChange={(e) => set(r.id, { on: e.target.checked })}
                  />{' '}
                  {t('bia.lose', { name: r.name })}
                </label>
                {p.on && (
                  <label>
                    {t('bia.loseHours', { name: r.name })}
                    <input
                      type="number"
                      min={1}
                      max={BIA_HORIZON_HOURS * 2}
                      value={p.hours}
                      onChange={(e) => set(r.id, { hours: e.target.value })}
                    />
                  </label>
                )}
                {p.on && r.kind === 'people' && (
                  <label>
                    {t('bia.loseShare', { name: r.name })}
                    <input
                      type="number"
                      min={1}
                      max={100}
                      value={p.share}
                      onChange={(e) => set(r.id, { share: e.target.value })}
                    />
                  </label>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {losses.length === 0 ? (
        <p className="muted">{t('bia.noLoss')}</p>
      ) : result === null ? (
        <p className="muted" role="status">
          {t('bia.computing')}
        </p>
      ) : (
        <div className="bia-result" aria-busy={busy || undefined} data-busy={busy || undefined}>
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
                  // While busy the rows are the last answer's: a process deleted since then is skipped.
                  const process = data.processes.find((p) => p.id === o.processId);
                  if (!process) return null;
                  return (
                    <tr key={o.processId} data-breach={o.rtoBreachAt !== null || undefined}>
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
                            ? t('bia.viaAlternative', {
                                alternative: alternatives.get(o.recoveredBy.alternativeId) ?? '?',
                                hours: o.recoveredBy.setupHours,
                              })
                            : t('bia.ownRecovery', { resource: names.get(`r:${o.causeResourceId}`) ?? '?' })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
