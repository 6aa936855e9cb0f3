// Recovery time achieved in the exercise for each process in scope, against the process's RTO.
// A number is saved when the field is left (a one-off guarded write); bad input stays in the field
// with its message and is not written.
import { useState } from 'react';
import type { Exercise, ExerciseRecovery } from '../../domain/exercise';
import { exerciseRecoverySchema } from '../../domain/exercise';
import type { BiaProcess } from '../../domain/bia';
import { TextField } from '../../components/form/field';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import { setRecovery, type ExerciseLogData } from './data';

export function RecoverySection({ exercise, data }: { exercise: Exercise; data: ExerciseLogData }) {
  const t = useT();
  const processes = data.processes.filter((p) => exercise.processIds.includes(p.id));
  return (
    <section className="page" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{t('exercises.recovery.heading')}</h2>
      <p className="muted">{t('exercises.recovery.intro')}</p>
      {processes.length === 0 ? (
        <p className="muted">{t('exercises.recovery.none')}</p>
      ) : (
        <ul className="exercises-items">
          {processes.map((p) => (
            <RecoveryRow
              key={p.id}
              exercise={exercise}
              process={p}
              recovery={data.recoveries.find((r) => r.exerciseId === exercise.id && r.processId === p.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

type RowProps = { exercise: Exercise; process: BiaProcess; recovery: ExerciseRecovery | undefined };

function RecoveryRow({ exercise, process, recovery }: RowProps) {
  const t = useT();
  const stored = recovery?.achievedHours ?? null;
  const [text, setText] = useState(stored === null ? '' : String(stored));
  const [invalid, setInvalid] = useState<string>();
  const save = useGuardedAction(setRecovery);
  const commit = () => {
    const value = text.trim() === '' ? null : Number(text);
    const parsed = exerciseRecoverySchema.shape.achievedHours.safeParse(value);
    if (!parsed.success) return setInvalid(parsed.error.issues[0]!.message);
    setInvalid(undefined);
    if (parsed.data === stored) return;
    save.start(exercise.workbookId, exercise.id, process.id, recovery?.id ?? null, parsed.data);
  };
  const target = process.rtoHours;
  const result =
    stored === null
      ? t('exercises.recovery.notRecorded')
      : target === null
        ? t('exercises.recovery.noTarget')
        : stored <= target
          ? t('exercises.recovery.within')
          : t('exercises.recovery.beyond');
  return (
    <li className="exercises-item exercises-recovery">
      <p className="exercises-recovery-name">
        <strong>{process.name}</strong> · {t('exercises.recovery.target')}:{' '}
        {target === null
          ? t('exercises.recovery.noTarget')
          : t('exercises.recovery.hours', { hours: target })}
      </p>
      <TextField
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        label={t('exercises.recovery.achieved')}
        value={text}
        error={invalid ? { message: invalid } : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
      />
      <p
        className={`badge ${stored !== null && target !== null ? (stored <= target ? 'badge-ok' : 'badge-danger') : ''}`}
        data-testid="recovery-result"
      >
        {t('exercises.recovery.result')}: {result}
      </p>
      <WriteError error={save.error} onRetry={save.retry} />
    </li>
  );
}
