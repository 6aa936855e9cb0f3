// The people / location / systems Venn diagram as SVG, drawn from the domain's model. Each region
// shows its count and worst severity; a region with none is marked as a gap. Clicking anywhere in a
// region, or pressing Enter on its label, filters the list. A table repeats the figures in text.
import type { KeyboardEvent, MouseEvent } from 'react';
import { areaColours, bandColours } from '../../domain/colours';
import { regionAt, type RegionKey, type VennModel } from '../../domain/venn';
import { regionName as nameOf } from '../../i18n/regions';
import { useT } from '../../i18n/use-i18n';

type Props = { model: VennModel; selected: RegionKey | null; onSelect: (region: RegionKey) => void };

export function VennOverview({ model, selected, onSelect }: Props) {
  const t = useT();
  const clickAt = (e: MouseEvent<SVGSVGElement>) => {
    const svg = e.currentTarget;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
    const region = regionAt(model, point.x, point.y);
    if (region) onSelect(region);
  };
  const onKey = (region: RegionKey) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(region);
    }
  };
  const bandName = (b: string | null) => (b ? t.loose(`scenarios.band.${b}`) : t('scenarios.none'));
  return (
    <section className="scenarios-venn" aria-labelledby="venn-heading">
      <h3 id="venn-heading">{t('scenarios.vennHeading')}</h3>
      <p className="field-hint">{t('scenarios.vennHint')}</p>
      <svg
        viewBox={`0 0 ${model.width} ${model.height}`}
        className="scenarios-venn-svg"
        role="group"
        aria-labelledby="venn-heading"
        onClick={clickAt}
      >
        {model.circles.map((c) => (
          <g key={c.area}>
            <circle
              cx={c.cx}
              cy={c.cy}
              r={c.r}
              fill={areaColours[c.area]}
              fillOpacity={0.08}
              stroke={areaColours[c.area]}
              strokeWidth={2}
            />
            <text
              x={c.labelX}
              y={c.labelY}
              textAnchor="middle"
              className="scenarios-venn-area"
              fill={areaColours[c.area]}
            >
              {t.loose(`scenarios.area.${c.area}`)}
            </text>
          </g>
        ))}
        {model.regions.map((r) => (
          <g
            key={r.region}
            role="button"
            tabIndex={0}
            data-region={r.region}
            aria-pressed={selected === r.region}
            aria-label={
              r.isGap
                ? t('scenarios.vennGapLabel', { region: nameOf(t, r.region) })
                : t('scenarios.vennRegionLabel', {
                    region: nameOf(t, r.region),
                    count: r.count,
                    band: bandName(r.worstBand),
                  })
            }
            className={`scenarios-venn-region${selected === r.region ? ' is-selected' : ''}`}
            onKeyDown={onKey(r.region)}
          >
            <rect
              x={r.labelX - 22}
              y={r.labelY - 17}
              width={44}
              height={34}
              rx={8}
              fill={r.worstBand ? bandColours[r.worstBand] : '#ffffff'}
              stroke={selected === r.region ? '#1b2430' : r.isGap ? '#8a5a00' : '#5a6472'}
              strokeWidth={selected === r.region ? 3 : 1}
              strokeDasharray={r.isGap ? '4 3' : undefined}
            />
            <text x={r.labelX} y={r.labelY - 1} textAnchor="middle" className="scenarios-venn-count">
              {r.count}
            </text>
            <text x={r.labelX} y={r.labelY + 12} textAnchor="middle" className="scenarios-venn-band">
              {r.isGap ? t('scenarios.gap') : bandName(r.worstBand)}
            </text>
          </g>
        ))}
      </svg>
      <div className="table-scroll">
        <table className="scenarios-venn-table">
          <caption>{t('scenarios.vennTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenarios.col_region')}</th>
              <th scope="col">{t('scenarios.col_count')}</th>
              <th scope="col">{t('scenarios.col_worst')}</th>
            </tr>
          </thead>
          <tbody>
            {model.regions.map((r) => (
              <tr key={r.region} data-region={r.region}>
                <th scope="row">{nameOf(t, r.region)}</th>
                <td>{r.count}</td>
                <td>{r.isGap ? t('scenarios.gap') : bandName(r.worstBand)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
