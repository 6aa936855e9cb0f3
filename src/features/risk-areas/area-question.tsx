// One question of a risk area: a free-text answer and a readiness rating, saved as the planner types
// through the one autosave hook (journalled, caught up, revision-checked like every other editor).
// The answer record is made on the first edit; an existing one is edited whatever its id.
import { FieldShell, SelectField } from '../../components/form/field';
import { readinessRatings, type Area, type AreaAnswer } from '../../domain/risk-areas';
import { useT } from '../../i18n/use-i18n';
import { useAnswerForm } from './data';

type Props = {
  workbookId: string;
  area: Area;
  questionKey: string;
  index: number;
  /** The answer that counts for this question (currentAnswers), if there is one. */
  stored: AreaAnswer | undefined;
};

export function AreaQuestion({ workbookId, area, questionKey, index, stored }: Props) {
  const t = useT();
  const form = useAnswerForm(workbookId, area, questionKey, stored);
  const error = form.formState.errors.answer;
  const question = t.loose(`riskAreas.questions.${questionKey}`);
  return (
    <li className="risk-areas-question">
      <h4 id={`q-${questionKey}`}>
        <span className="risk-areas-question-number">{index + 1}.</span> {question}
      </h4>
      <FieldShell label={t('riskAreas.answer')} error={error}>
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            rows={3}
            aria-describedby={[`q-${questionKey}`, describedBy].filter(Boolean).join(' ')}
            aria-invalid={invalid || undefined}
            {...form.register('answer')}
          />
        )}
      </FieldShell>
      <SelectField
        label={t('riskAreas.rating')}
        aria-describedby={`q-${questionKey}`}
        options={readinessRatings.map((r) => ({ value: r, label: t.loose(`riskAreas.rating.${r}`) }))}
        {...form.register('rating')}
      />
    </li>
  );
}
