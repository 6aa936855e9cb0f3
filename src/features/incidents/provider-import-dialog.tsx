// Import of the provider's service health file: the whole file is read and checked first, the
// planner sees how many incidents it adds and updates, and only on Import is anything stored (one
// transaction). A refused file says why, specifically, and nothing is written.
import { useState } from 'react';
import { Dialog } from '../../components/dialog';
import { showToast } from '../../components/toast';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import {
  MAX_PROVIDER_FILE_BYTES,
  parseProviderHealth,
  type ProviderItem,
  type ProviderProblem,
} from '../../domain/provider-health';
import { useT, type T } from '../../i18n/use-i18n';
import { importProviderItems, planProviderImport, type ProviderImportPlan } from './provider-import';
import { fileSize } from './provider-labels';

type State =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'refused'; problem: ProviderProblem }
  | {
      step: 'confirm';
      items: ProviderItem[];
      issues: number;
      notices: number;
      nextLink: string | null;
      plan: ProviderImportPlan;
    };

function describe(t: T, problem: ProviderProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('incidents.provider.problem.tooLarge', { limit: fileSize(problem.limitBytes) });
    case 'notJson':
      return t('incidents.provider.problem.notJson', { detail: problem.detail });
    case 'invalid':
      return t('incidents.provider.problem.invalid', { path: problem.path });
    default:
      return t(`incidents.provider.problem.${problem.code}`);
  }
}

type Props = { workbookId: string; open: boolean; onClose: () => void };

export function ProviderImportDialog({ workbookId, open, onClose }: Props) {
  const t = useT();
  const [state, setState] = useState<State>({ step: 'choose' });
  const close = () => {
    setState({ step: 'choose' });
    onClose();
  };
  const store = useGuardedAction(importProviderItems, {
    onSuccess: (plan) => {
      showToast({ text: t('incidents.provider.imported', { added: plan.added, updated: plan.updated }) });
      close();
    },
  });

  async function read(file: File) {
    setState({ step: 'reading' });
    // An oversized file is refused from its size, before it is read into memory.
    if (file.size > MAX_PROVIDER_FILE_BYTES)
      return setState({
        step: 'refused',
        problem: { code: 'tooLarge', limitBytes: MAX_PROVIDER_FILE_BYTES },
      });
    const parsed = parseProviderHealth(await file.text());
    if (!parsed.ok) return setState({ step: 'refused', problem: parsed.problem });
    const plan = await planProviderImport(workbookId, parsed.items);
    setState({ step: 'confirm', ...parsed, plan });
  }

  return (
    <Dialog open={open} onClose={close} title={t('incidents.provider.importTitle')} wide>
      <p>{t('incidents.provider.importIntro')}</p>
      <label className="field">
        {t('incidents.provider.chooseFile')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="provider-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file)
              read(file).catch((error: unknown) =>
                setState({
                  step: 'refused',
                  problem: {
                    code: 'notJson',
                    detail: String((error as Error)?.message ?? error).slice(0, 200),
                  },
                }),
              );
          }}
        />
      </label>
      {state.step === 'reading' && <p>{t('incidents.provider.reading')}</p>}
      {state.step === 'refused' && (
        <div className="error-box" role="alert" data-testid="provider-refused">
          <p>
            <strong>{t('incidents.provider.refused')}</strong>
          </p>
          <p>{describe(t, state.problem)}</p>
        </div>
      )}
      {state.step === 'confirm' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            store.start(workbookId, state.items);
          }}
        >
          <div role="status" data-testid="provider-preview">
            <p>{t('incidents.provider.preview', { issues: state.issues, notices: state.notices })}</p>
            <ul>
              <li>{t('incidents.provider.previewAdded', { count: state.plan.added })}</li>
              <li>{t('incidents.provider.previewUpdated', { count: state.plan.updated })}</li>
              <li>{t('incidents.provider.previewNotices', { count: state.plan.notices })}</li>
            </ul>
          </div>
          {state.nextLink && <p className="muted">{t('incidents.provider.nextPage')}</p>}
          <WriteError error={store.error} onRetry={store.retry} />
          <div className="card-actions">
            <button type="submit" disabled={store.busy}>
              {t('incidents.provider.confirm')}
            </button>
            <button type="button" className="secondary" onClick={close}>
              {t('incidents.provider.cancel')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
