// Bulk entry of processes from a spreadsheet: choose a CSV file, see every problem with its row and
// column, or a preview of what will be added; nothing is written until the planner confirms a file
// with no problems, and then all rows land together (data.ts importProcesses).
import { useRef, useState } from 'react';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import type { Contact } from '../../domain/communications';
import type { Currency } from '../../domain/workbook';
import { useT } from '../../i18n/use-i18n';
import { importProcesses } from './data';
import { readProcessesCsv, type ImportResult } from './processes-csv-import';

type State =
  | { step: 'choose' }
  | { step: 'checked'; result: ImportResult }
  | { step: 'unreadable'; detail: string }
  | { step: 'done'; count: number };

export function ProcessesImport({
  workbookId,
  contacts,
  currency,
}: {
  workbookId: string;
  contacts: Contact[];
  currency: Currency;
}) {
  const t = useT();
  const [state, setState] = useState<State>({ step: 'choose' });
  const input = useRef<HTMLInputElement>(null);
  const clearFile = () => {
    if (input.current) input.current.value = '';
  };
  const write = useGuardedAction(importProcesses, {
    onSuccess: (count) => {
      clearFile();
      setState({ step: 'done', count });
    },
  });
  const read = async (file: File) =>
    setState({ step: 'checked', result: readProcessesCsv(await file.text(), contacts, currency) });
  return (
    <div className="bia-import">
      <h4 id="bia-import-heading">{t('bia.import.heading')}</h4>
      <p className="field-hint" id="bia-import-hint">
        {t('bia.import.hint')}
      </p>
      <label className="field">
        {t('bia.import.file')}
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          aria-describedby="bia-import-hint"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            read(file).catch((error: unknown) =>
              setState({
                step: 'unreadable',
                detail: String((error as Error)?.message ?? error).slice(0, 200),
              }),
            );
          }}
        />
      </label>
      {state.step === 'unreadable' && (
        <p className="error-box" role="alert">
          {t('bia.import.errors.read', { detail: state.detail })}
        </p>
      )}
      {state.step === 'done' && <p role="status">{t('bia.import.done', { count: state.count })}</p>}
      {state.step === 'checked' && state.result.problems.length > 0 && (
        <div className="error-box" role="alert" data-testid="bia-import-problems">
          <p>
            <strong>{t('bia.import.problems', { count: state.result.problems.length })}</strong>
          </p>
          <ul>
            {state.result.problems.map((p, i) => (
              <li key={i}>
                {t('bia.import.problem', { row: p.row, column: p.column, message: t(p.message, p.vars) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.step === 'checked' && state.result.problems.length === 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            write.start(workbookId, state.result.processes);
          }}
        >
          <div className="bia-grid-scroll">
            <table className="bia-import-preview">
              <caption>{t('bia.import.preview', { count: state.result.processes.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('bia.colProcess')}</th>
                  <th scope="col">{t('bia.colTier')}</th>
                  <th scope="col">{t('bia.department')}</th>
                  <th scope="col">{t('bia.pdf.colRto')}</th>
                  <th scope="col">{t('bia.pdf.colMtpd')}</th>
                </tr>
              </thead>
              <tbody>
                {state.result.processes.map((p, i) => (
                  <tr key={i}>
                    <td>{p.name}</td>
                    <td>{p.tier}</td>
                    <td>{p.department}</td>
                    <td>{p.rtoHours === null ? '—' : t('bia.hours', { hours: p.rtoHours })}</td>
                    <td>{p.mtpdHours === null ? '—' : t('bia.hours', { hours: p.mtpdHours })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <WriteError error={write.error} onRetry={write.retry} />
          <div className="card-actions">
            <button type="submit" disabled={write.busy}>
              {t('bia.import.confirm', { count: state.result.processes.length })}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                clearFile();
                setState({ step: 'choose' });
              }}
            >
              {t('bia.import.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
