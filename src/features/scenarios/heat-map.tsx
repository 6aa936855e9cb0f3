// The likelihood x impact heat map (5 x 5) from the domain's model: counts per cell, coloured by
// band; a cell is a button that filters the list to that likelihood and impact.
import { bandColours } from '../../domain/colours';
import type { HeatMapModel } from '../../domain/heat-map';
import { useT } from '../../i18n/use-i18n';

type Props = {
  model: HeatMapModel;
  selected: { likelihood: number | null; impact: number | null };
  onSelect: (likelihood: number, impact: number) => void;
};

export function HeatMap({ model, selected, onSelect }: Props) {
  const t = useT();
  return (
    <section className="scenarios-heat" aria-labelledby="heat-heading">
      <h3 id="heat-heading">{t('scenarios.heatHeading')}</h3>
      <p className="field-hint">{t('scenarios.heatHint')}</p>
      <table className="scenarios-heat-table">
        <caption className="visually-hidden">{t('scenarios.heatCaption')}</caption>
        <thead>
          <tr>
            <td />
            {model.rows[0]!.map((c) => (
              <th key={c.impact} scope="col">
                {c.impact}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row[0]!.likelihood}>
              <th scope="row">{row[0]!.likelihood}</th>
              {row.map((cell) => {
                const isSelected = selected.likelihood === cell.likelihood && selected.impact === cell.impact;
                return (
                  <td key={cell.impact} style={{ background: bandColours[cell.band] }}>
                    <button
                      type="button"
                      className={`scenarios-heat-cell${isSelected ? ' is-selected' : ''}${cell.count === 0 ? ' is-empty' : ''}`}
                      aria-pressed={isSelected}
                      data-cell={`${cell.likelihood}-${cell.impact}`}
                      aria-label={t('scenarios.heatCellLabel', {
                        likelihood: cell.likelihood,
                        impact: cell.impact,
                        count: cell.count,
                        band: t.loose(`scenarios.band.${cell.band}`),
                      })}
                      onClick={() => onSelect(cell.likelihood, cell.impact)}
                    >
                      {cell.count}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="scenarios-heat-axes">
        <span>↑ {t('scenarios.heatLikelihood')}</span> <span>→ {t('scenarios.heatImpact')}</span>
      </p>
    </section>
  );
}
