// One question of a risk area: a free-text answer and a readiness rating, saved as the planner types.
import { useState } from 'react';
import { FieldShell, SelectField } from '../../components/form/field';
import {
  areaAnswerSchema,
  readinessRatings,
  type Area,
  type AreaAnswer,
  type ReadinessRating,
} from '../../domain/risk-areas';
import { useT } from '../../i18n/use-i18n';
import { saveAreaAnswer } from './data';

type Props = {
  workbookId: string;
  area: Area;
  questionKey: string;
  index: number;
  stored: AreaAnswer | undefined;
};

export function AreaQuestion({ workbookId, area, questionKey, index, stored }: Props) {
  const t = useT();
  const [answer, setAnswer] = useState(stored?.answer ?? '');
  const [rating, setRating] = useState<ReadinessRating>(stored?.rating ?? 'not_assessed');
  const parsed = areaAnswerSchema.shape.answer.safeParse(answer);
  const error = parsed.success ? undefined : { message: parsed.error.issues[0]!.message };
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
            name={`answer-${questionKey}`}
            aria-describedby={[`q-${questionKey}`, describedBy].filter(Boolean).join(' ')}
            aria-invalid={invalid || undefined}
            value={answer}
            onChange={(e) => {
              setAnswer(e.target.value);
              if (areaAnswerSchema.shape.answer.safeParse(e.target.value).success) {
                void saveAreaAnswer(workbookId, area, questionKey, { answer: e.target.value });
              }
            }}
          />
        )}
      </FieldShell>
      <SelectField
        label={t('riskAreas.rating')}
        name={`rating-${questionKey}`}
        aria-describedby={`q-${questionKey}`}
        value={rating}
        options={readinessRatings.map((r) => ({ value: r, label: t.loose(`riskAreas.rating.${r}`) }))}
        onChange={(e) => {
          const next = e.target.value as ReadinessRating;
          setRating(next);
          void saveAreaAnswer(workbookId, area, questionKey, { rating: next });
        }}
      />
    </li>
  );
}
