// Our own cadence for checking provider status, shown beside the provider's hourly updates.
import type { Workbook } from '../../domain/workbook';
import { nullableNumber, TextField } from '../../components/form/field';
import { useT } from '../../i18n/use-i18n';
import { useCadenceForm } from './data';

export function CadenceForm({ workbook }: { workbook: Workbook }) {
  const t = useT();
  const form = useCadenceForm(workbook);
  return (
    <section className="page" aria-labelledby="comms-cadence-heading">
      <h2 id="comms-cadence-heading">{t('communications.cadence.heading')}</h2>
      <form noValidate onSubmit={(e) => e.preventDefault()}>
        <TextField
          type="number"
          inputMode="numeric"
          min={5}
          max={1440}
          label={t('communications.cadence.label')}
          hint={t('communications.cadence.hint')}
          error={form.formState.errors.providerCheckCadenceMinutes}
          {...form.register('providerCheckCadenceMinutes', { setValueAs: nullableNumber })}
        />
      </form>
    </section>
  );
}
