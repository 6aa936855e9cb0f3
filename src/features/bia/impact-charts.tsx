// Impact over time as pictures: one small SVG chart per category so each reads on its own, drawn
// from the layout model the plan PDF also uses (domain/bia-chart.ts). Each chart is an image whose
// accessible name lists every value; the grid above is the same data as an editable table.
import { CHART_BOX, impactCharts } from '../../domain/bia-chart';
import type { ImpactGrid } from '../../domain/bia';
import { useT } from '../../i18n/use-i18n';

export function ImpactCharts({ grid }: { grid: ImpactGrid }) {
  const t = useT();
  const { width, height, left } = CHART_BOX;
  return (
    <div className="bia-charts">
      <h4 id="bia-charts-heading">{t('bia.chart.heading')}</h4>
      <p className="field-hint">{t('bia.chart.hint')}</p>
      <ul className="bia-chart-list" aria-labelledby="bia-charts-heading">
        {impactCharts(grid).map((chart) => {
          const category = t(`bia.category.${chart.category}`);
          const values = chart.points
            .map((p) =>
              t('bia.chart.value', { bucket: t(`bia.bucket.${p.bucket}`), level: t(`bia.level.${p.level}`) }),
            )
            .join(', ');
          return (
            <li key={chart.category}>
              <figure className="bia-chart" data-category={chart.category}>
                <figcaption>
                  {chart.worstFrom === null
                    ? t('bia.chart.noImpact', { category })
                    : t('bia.chart.worst', {
                        category,
                        level: t(`bia.level.${chart.worst}`),
                        bucket: t(`bia.bucket.${chart.worstFrom}`),
                      })}
                </figcaption>
                <svg
                  viewBox={`0 0 ${width} ${height}`}
                  role="img"
                  aria-label={t('bia.chart.label', { category, values })}
                >
                  {chart.levels.map((l) => (
                    <g key={l.level} aria-hidden="true">
                      <line
                        className="bia-chart-rule"
                        x1={left}
                        x2={width - CHART_BOX.right}
                        y1={l.y}
                        y2={l.y}
                      />
                      <text x={left - 4} y={l.y + 3.5} textAnchor="end">
                        {t(`bia.level.${l.level}`)}
                      </text>
                    </g>
                  ))}
                  {chart.ticks.map((tick) => (
                    <text key={tick.bucket} x={tick.x} y={height - 6} textAnchor="middle" aria-hidden="true">
                      {t.loose(`bia.bucketShort.${tick.bucket}`)}
                    </text>
                  ))}
                  <path className="bia-chart-line" d={chart.path} />
                  {chart.points.map((p) => (
                    <circle
                      key={p.bucket}
                      className="bia-chart-point"
                      data-level={p.level}
                      cx={p.x}
                      cy={p.y}
                      r={3.5}
                    />
                  ))}
                </svg>
              </figure>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
