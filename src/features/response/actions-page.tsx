// The one action list: every action in the workbook with filter and sort by owner, due date, status
// and source; overdue and due-soon marked in words as well as colour; bulk status change; CSV and
// an .ics calendar of due dates (downloads, no server).
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useOpenWorkbook } from '../../components/open-workbook';
import { rollUp } from '../../domain/bia-rollup';
import { graphFromRecords } from '../../domain/bia-scenario';
import {
  ACTION_SOURCES,
  collectActions,
  filterActions,
  sortActions,
  type ActionFilter,
  type ActionItem,
  type ActionSort,
  type ActionStatus,
} from '../../domain/response-actions';
import { buildIcs } from '../../domain/response-ics';
import { actionStatuses } from '../../domain/scenario';
import { useT } from '../../i18n/use-i18n';
import { csvBlob, toCsv } from '../../lib/csv';
import { todayIso } from '../../lib/dates';
import { downloadBlob } from '../../lib/download';
import { reportUnexpected } from '../../lib/unexpected-error';
import { setActionsStatus, useActionSources } from './data';
import './response.css';

type T = ReturnType<typeof useT>;
const SORTS: ActionSort[] = ['dueDate', 'owner', 'status', 'source'];

const titleOf = (t: T, a: ActionItem) =>
  a.source === 'bia' ? `${t('response.actions.biaGap')}: ${a.title}` : a.title;

export default function ActionsPage() {
  const t = useT();
  const workbook = useOpenWorkbook();
  const data = useActionSources(workbook.id);
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<ActionFilter>(() => filterFromParams(params));
  const [sort, setSort] = useState<ActionSort>('dueDate');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulk, setBulk] = useState<ActionStatus>('done');
  const [message, setMessage] = useState('');
  const id = useId();
  if (!data) return <p className="loading">{t('common.loading')}</p>;
  const today = todayIso();
  const all = collectActions({ ...data, gaps: rollUp(graphFromRecords(data)).gaps }, today);
  const shown = sortActions(filterActions(all, filter), sort);
  const owners = [...new Set(all.map((a) => a.owner))].sort((a, b) => a.localeCompare(b));

  const pick = <K extends keyof ActionFilter>(key: K, value: string) =>
    setFilter((f) => ({ ...f, [key]: value === '' ? undefined : (value as ActionFilter[K]) }));

  async function apply() {
    const ids = shown.filter((a) => a.editable && selected.has(a.id)).map((a) => a.id);
    if (ids.length === 0) return setMessage(t('response.actions.noneSelected'));
    const outcome = await setActionsStatus(ids, bulk);
    if (outcome.ok) {
      setSelected(new Set());
      setMessage(t('response.actions.applied', { count: ids.length }));
    } else setMessage(t.loose(outcome.error.reasonKey));
  }

  const csv = () =>
    toCsv(
      ['title', 'owner', 'dueDate', 'status', 'source', 'context'].map((k) =>
        t(`response.actions.${k === 'title' ? 'title' : k}` as never),
      ),
      shown.map((a) => [
        titleOf(t, a),
        a.owner,
        a.dueDate ?? '',
        t(`response.status.${a.status}`),
        t(`response.source.${a.source}`),
        a.context,
      ]),
    );
  const ics = () =>
    buildIcs(
      shown
        .filter((a) => a.dueDate !== null && a.status !== 'done')
        .map((a) => ({
          uid: a.id,
          date: a.dueDate!,
          summary: a.title,
          description: [a.context, a.owner].filter(Boolean).join(' · '),
        })),
      new Date().toISOString(),
    );

  const select = (
    label: string,
    value: string,
    options: [string, string][],
    onChange: (v: string) => void,
  ) => {
    const selectId = `${id}-${label}`;
    return (
      <div className="response-filter">
        <label htmlFor={selectId}>{label}</label>
        <select id={selectId} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      </div>
    );
  };
  const any: [string, string] = ['', t('response.actions.any')];

  return (
    <section className="page response-actions" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('response.actions.heading')}</h2>
      <p>{t('response.actions.intro')}</p>
      <div className="response-filters">
        {select(
          t('response.actions.filterOwner'),
          filter.owner ?? '',
          [any, ...owners.map((o): [string, string] => [o, o || t('response.actions.noOwner')])],
          (v) => setFilter((f) => ({ ...f, owner: v === '' ? undefined : v })),
        )}
        {select(
          t('response.actions.filterStatus'),
          filter.status ?? '',
          [any, ...actionStatuses.map((s): [string, string] => [s, t(`response.status.${s}`)])],
          (v) => pick('status', v),
        )}
        {select(
          t('response.actions.filterSource'),
          filter.source ?? '',
          [any, ...ACTION_SOURCES.map((s): [string, string] => [s, t(`response.source.${s}`)])],
          (v) => pick('source', v),
        )}
        {select(
          t('response.actions.filterDue'),
          filter.due ?? '',
          [any, ['overdue', t('response.actions.dueOverdue')], ['soon', t('response.actions.dueSoon')]],
          (v) => pick('due', v),
        )}
        {select(
          t('response.actions.sortBy'),
          sort,
          SORTS.map((s): [string, string] => [s, t(`response.actions.${s}`)]),
          (v) => setSort(v as ActionSort),
        )}
      </div>
      <p role="status">{t('response.actions.shown', { shown: shown.length, total: all.length })}</p>
      {shown.length === 0 ? (
        <p className="muted">{t('response.actions.empty')}</p>
      ) : (
        <div className="response-table-scroll">
          <table className="response-action-table">
            <thead>
              <tr>
                <td />
                <th scope="col">{t('response.actions.title')}</th>
                <th scope="col">{t('response.actions.owner')}</th>
                <th scope="col">{t('response.actions.dueDate')}</th>
                <th scope="col">{t('response.actions.status')}</th>
                <th scope="col">{t('response.actions.source')}</th>
                <th scope="col">{t('response.actions.context')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.id} data-overdue={a.overdue || undefined} data-due-soon={a.dueSoon || undefined}>
                  <td>
                    {a.editable && (
                      <input
                        type="checkbox"
                        aria-label={t('response.actions.select', { title: a.title })}
                        checked={selected.has(a.id)}
                        onChange={(e) =>
                          setSelected((s) => {
                            const next = new Set(s);
                            if (e.target.checked) next.add(a.id);
                            else next.delete(a.id);
                            return next;
                          })
                        }
                      />
                    )}
                  </td>
                  <th scope="row">{titleOf(t, a)}</th>
                  <td>{a.owner || t('response.actions.noOwner')}</td>
                  <td>
                    {a.dueDate ?? t('response.actions.noDate')}
                    {a.overdue && (
                      <span className="badge badge-danger">{t('response.actions.dueOverdue')}</span>
                    )}
                    {a.dueSoon && (
                      <span className="badge badge-warning">{t('response.actions.dueSoon')}</span>
                    )}
                  </td>
                  <td>{t(`response.status.${a.status}`)}</td>
                  <td>{t(`response.source.${a.source}`)}</td>
                  <td>{a.context}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="response-bulk">
        {select(
          t('response.actions.bulkStatus'),
          bulk,
          actionStatuses.map((s): [string, string] => [s, t(`response.status.${s}`)]),
          (v) => setBulk(v as ActionStatus),
        )}
        <button
          type="button"
          onClick={() => {
            apply().catch(reportUnexpected);
          }}
        >
          {t('response.actions.apply')}
        </button>
        <p aria-live="polite">{message}</p>
      </div>
      <div className="response-downloads">
        <button
          type="button"
          className="secondary"
          onClick={() => downloadBlob(csvBlob(csv()), `${t('response.actions.fileName')}-${today}.csv`)}
        >
          {t('response.actions.csv')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            downloadBlob(
              new Blob([ics()], { type: 'text/calendar;charset=utf-8' }),
              `${t('response.actions.fileName')}-${today}.ics`,
            )
          }
        >
          {t('response.actions.ics')}
        </button>
      </div>
    </section>
  );
}

/**
 * The filter a link opens the list with (the overview's overdue figure links to ?due=overdue);
 * a value the list does not know is ignored.
 */
function filterFromParams(params: URLSearchParams): ActionFilter {
  const pick = <V extends string>(key: string, allowed: readonly V[]) => {
    const v = params.get(key);
    return allowed.find((a) => a === v);
  };
  return {
    due: pick('due', ['overdue', 'soon'] as const),
    status: pick('status', actionStatuses),
    source: pick('source', ACTION_SOURCES),
  };
}
