// The workbook's currency for the BIA's money estimates: new and imported processes take it (each
// process can still name its own). One select, saved at once through the guarded write path.
import { SelectField } from '../../components/form/field';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { CURRENCIES, type Currency } from '../../domain/workbook';
import { useT } from '../../i18n/use-i18n';
import { setWorkbookCurrency } from './data';

export function WorkbookCurrency({ workbookId, currency }: { workbookId: string; currency: Currency }) {
  const t = useT();
  const save = useGuardedAction(setWorkbookCurrency);
  return (
    <div className="bia-fields">
      <SelectField
        label={t('bia.workbookCurrency')}
        hint={t('bia.workbookCurrencyHint')}
        options={CURRENCIES.map((c) => ({ value: c, label: c }))}
        value={currency}
        disabled={save.busy}
        onChange={(e) => save.start(workbookId, e.target.value as Currency)}
      />
      <WriteError error={save.error} onRetry={save.retry} />
    </div>
  );
}
