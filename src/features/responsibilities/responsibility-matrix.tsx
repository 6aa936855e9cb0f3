// Areas down the side, customer / shared / provider across, for one phase at a time.
import { matrixModel, matrixPhases, ownerBalance } from '../../domain/checklist';
import { owners, type ResponsibilityItem } from '../../domain/responsibility';
import { useT } from '../../i18n/use-i18n';
import { useChecklistStore } from './checklist-filter-store';
import { itemTitle, statusLabel } from './item-text';

export function ResponsibilityMatrix({ items }: { items: ResponsibilityItem[] }) {
  const t = useT();
  const { phase, setPhase } = useChecklistStore();
  const rows = matrixModel(items, phase);
  const balance = ownerBalance(items, phase);
  return (
    <section className="page" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{t('responsibilities.matrix.heading')}</h2>
      <fieldset className="responsibilities-phase">
        <legend>{t('responsibilities.matrix.phase')}</legend>
        {matrixPhases.map((p) => (
          <label key={p} className="inline">
            <input
              type="radio"
              name="matrix-phase"
              value={p}
              checked={phase === p}
              onChange={() => setPhase(p)}
            />
            {t(`responsibilities.phase.${p}`)}
          </label>
        ))}
      </fieldset>
      <p>{t('responsibilities.matrix.balance', balance)}</p>
      {/* Focusable so keyboard users can scroll a matrix wider than a phone screen. */}
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('responsibilities.matrix.caption', { phase: t(`responsibilities.phase.${phase}`) })}
      >
        <table className="responsibilities-matrix">
          <caption className="visually-hidden">
            {t('responsibilities.matrix.caption', { phase: t(`responsibilities.phase.${phase}`) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('responsibilities.matrix.area')}</th>
              {owners.map((o) => (
                <th scope="col" key={o} className={`responsibilities-col-${o}`}>
                  {t(`responsibilities.owner.${o}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.area}>
                <th scope="row">{t(`responsibilities.area.${row.area}`)}</th>
                {owners.map((o) => (
                  <td key={o} className={`responsibilities-col-${o}`}>
                    {row.cells[o].length === 0 ? (
                      <span aria-hidden="true">{t('responsibilities.matrix.empty')}</span>
                    ) : (
                      <ul className="responsibilities-cell">
                        {row.cells[o].map((item) => (
                          <li key={item.id} data-status={item.reviewStatus}>
                            {itemTitle(t, item)}{' '}
                            <span className="responsibilities-status">
                              ({statusLabel(t, item.owner, item.reviewStatus).split(':')[0]})
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
