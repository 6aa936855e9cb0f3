// The what-if view's list of resources to tick, one row each. A row is memoised and its handler is
// stable, so ticking a box or typing an hour re-renders that row alone, not all 500 of a large
// workbook (issue 14: the UI stays responsive). Every row stays a real, labelled checkbox in the page
// (no virtual list): the browser skips laying out rows off screen (content-visibility in bia.css),
// yet Tab, screen readers and find-in-page still reach each one.
import { memo } from 'react';
import { BIA_HORIZON_HOURS } from '../../domain/bia';
import { useT } from '../../i18n/use-i18n';
import type { BiaData } from './data';

export type Pick = { on: boolean; hours: string; share: string };
export const UNPICKED: Pick = { on: false, hours: '24', share: '100' };
export type SetPick = (resourceId: string, patch: Partial<Pick>) => void;

type Resource = BiaData['resources'][number];

export function LossList({
  resources,
  picks,
  setPick,
}: {
  resources: readonly Resource[];
  picks: Readonly<Record<string, Pick>>;
  setPick: SetPick;
}) {
  return (
    <ul className="bia-losses">
      {resources.map((r) => (
        <LossRow key={r.id} resource={r} pick={picks[r.id] ?? UNPICKED} setPick={setPick} />
      ))}
    </ul>
  );
}

const LossRow = memo(function LossRow({
  resource: r,
  pick: p,
  setPick,
}: {
  resource: Resource;
  pick: Pick;
  setPick: SetPick;
}) {
  const t = useT();
  return (
    <li className="bia-loss">
      <label className="bia-check">
        <input type="checkbox" checked={p.on} onChange={(e) => setPick(r.id, { on: e.target.checked })} />{' '}
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
            onChange={(e) => setPick(r.id, { hours: e.target.value })}
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
            onChange={(e) => setPick(r.id, { share: e.target.value })}
          />
        </label>
      )}
    </li>
  );
});
