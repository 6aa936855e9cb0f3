// Exercises in the plan: the schedule (planned exercises, the next one due, those whose date passed),
// the last exercise's results (objectives met, recovery time against each RTO) and the findings
// still open with their owners. An empty part says so rather than disappearing.
import { Text, View } from '@react-pdf/renderer';
import type { Exercise } from '../../../../domain/exercise';
import { exerciseSchedule, lastExerciseResult, openFindings } from '../../../../domain/exercise-summary';
import { Empty, Field, H2, H3, Section } from '../parts';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';
import { styles } from '../styles';
import type { SectionProps } from './section-props';

const typeOf = (e: Exercise, text: PlanText) => text.t(`exercises.type.${e.type}`);
const line = (e: Exercise, text: PlanText) =>
  `${text.date(e.date)} · ${typeOf(e, text)} · ${oneLine(e.title)}`;
const hours = (h: number | null, text: PlanText) =>
  h === null
    ? text.t('exercises.recovery.notRecorded')
    : text.t('exercises.recovery.hours', { hours: text.number(h) });

export function Exercises({ data, text, marks, today }: SectionProps) {
  const { t } = text;
  const schedule = exerciseSchedule(data, today);
  const last = lastExerciseResult(data);
  const open = openFindings(data);
  return (
    <Section id="exercises" title={t('planExport.section.exercises')} marks={marks}>
      <H2>{t('exercises.pdf.schedule')}</H2>
      {schedule.nextDue ? (
        <Field label={t('exercises.pdf.nextDue')}>{line(schedule.nextDue, text)}</Field>
      ) : (
        <Empty>{t('exercises.pdf.noneDue')}</Empty>
      )}
      {schedule.planned
        .filter((e) => e !== schedule.nextDue && e.date >= today)
        .map((e) => (
          <Text key={e.id} style={styles.p}>{`• ${line(e, text)}`}</Text>
        ))}
      {schedule.overdue.length > 0 && (
        <>
          <H3>{t('exercises.pdf.overdue')}</H3>
          {schedule.overdue.map((e) => (
            <Text key={e.id} style={styles.p}>{`• ${line(e, text)}`}</Text>
          ))}
        </>
      )}

      <H2>{t('exercises.pdf.lastResults')}</H2>
      {last === null ? (
        <Empty>{t('exercises.pdf.noneHeld')}</Empty>
      ) : (
        <View>
          <Text style={styles.p}>{line(last.exercise, text)}</Text>
          <H3>{t('exercises.pdf.objectives')}</H3>
          {last.objectives.length === 0 ? (
            <Empty>{t('exercises.pdf.noObjectives')}</Empty>
          ) : (
            <>
              <Field label={t('exercises.objectivesMet')}>
                {t('exercises.metOf', { met: last.met, total: last.objectives.length })}
              </Field>
              {last.objectives.map((o) => (
                <Text key={o.id} style={styles.p}>
                  {`• ${oneLine(o.text)}: ${t(o.met === null ? 'exercises.objectives.pending' : o.met ? 'exercises.objectives.yes' : 'exercises.objectives.no')}`}
                </Text>
              ))}
            </>
          )}
          <H3>{t('exercises.recovery.heading')}</H3>
          {last.recoveries.length === 0 ? (
            <Empty>{t('exercises.pdf.noRecoveries')}</Empty>
          ) : (
            last.recoveries.map((r) => (
              <Text key={r.processId} style={styles.p}>
                {`• ${t('exercises.pdf.recoveryLine', {
                  process: oneLine(r.processName),
                  achieved: hours(r.achievedHours, text),
                  target:
                    r.targetHours === null ? t('exercises.recovery.noTarget') : hours(r.targetHours, text),
                })}${r.withinTarget === null ? '' : ` (${t(r.withinTarget ? 'exercises.recovery.within' : 'exercises.recovery.beyond')})`}`}
              </Text>
            ))
          )}
        </View>
      )}

      <H2>{t('exercises.pdf.openFindings')}</H2>
      {open.length === 0 ? (
        <Empty>{t('exercises.pdf.noOpenFindings')}</Empty>
      ) : (
        open.map(({ finding, exercise, owner, hasAction }) => (
          <Text key={finding.id} style={styles.p}>
            {`• ${oneLine(finding.text)} · ${owner.trim() ? oneLine(owner) : t('exercises.pdf.noOwner')} · ${t(hasAction ? 'exercises.pdf.actionOpen' : 'exercises.pdf.noAction')} · ${oneLine(exercise.title)}`}
          </Text>
        ))
      )}
    </Section>
  );
}
