// Incidents with their six-section post-incident review, how the plan performed, and lessons.
import { Text, View } from '@react-pdf/renderer';
import { reviewSections, type Incident, type Lesson } from '../../../../domain/incident';
import { label } from '../labels';
import { groupBy } from '../plan-data';
import { Empty, Field, H2, H3, Paragraphs, Section } from '../parts';
import type { PlanText } from '../plan-text';
import { oneLine } from '../safe-text';
import { styles } from '../styles';
import type { SectionProps } from './section-props';

function when(incident: Incident, text: PlanText) {
  const end = incident.endAt ? text.dateTime(incident.endAt) : text.t('planExport.incident.ongoing');
  return `${text.dateTime(incident.startAt)} – ${end}`;
}

function reviewText(incident: Incident, section: (typeof reviewSections)[number], text: PlanText) {
  // "Start and end" is not a free-text field: it is the incident's times.
  return section === 'startEnd' ? when(incident, text) : incident[section];
}

function IncidentBlock({
  incident,
  lessons,
  text,
}: {
  incident: Incident;
  lessons: Lesson[];
  text: PlanText;
}) {
  const { t } = text;
  const notWritten = t('planExport.incident.notWritten');
  return (
    <View style={styles.card}>
      <H2>{oneLine(incident.title)}</H2>
      <Field label={t('planExport.incident.source')}>{label(text, 'incidentSource', incident.source)}</Field>
      {incident.provider && (
        <Field
          label={text.label('incidents.provider.record', 'Provider record')}
        >{`${incident.provider.id} · ${text.label(`incidents.provider.status.${incident.provider.status}`, incident.provider.status)}`}</Field>
      )}
      {incident.service.trim() !== '' && (
        <Field label={t('planExport.incident.service')}>{incident.service}</Field>
      )}
      <Field label={t('planExport.incident.when')}>{when(incident, text)}</Field>
      {reviewSections.map((section, i) => (
        <View key={section}>
          <H3>{`${i + 1}. ${label(text, 'reviewSection', section)}`}</H3>
          <Paragraphs text={reviewText(incident, section, text)} empty={notWritten} />
        </View>
      ))}
      <H3>{t('planExport.incident.planPerformance')}</H3>
      <Paragraphs text={incident.planPerformance} empty={notWritten} />
      {lessons.length > 0 && (
        <>
          <H3>{t('planExport.incident.lessons')}</H3>
          {lessons.map((l) => (
            <Text key={l.id} style={styles.p}>{`• ${oneLine(l.text)}`}</Text>
          ))}
        </>
      )}
    </View>
  );
}

export function Incidents({ data, text, marks }: SectionProps) {
  const { t } = text;
  const lessons = groupBy(data.lessons, (l) => l.incidentId);
  const ordered = [...data.incidents].sort((a, b) => b.startAt.localeCompare(a.startAt));
  return (
    <Section id="incidents" title={t('planExport.section.incidents')} marks={marks}>
      {ordered.length === 0 && <Empty>{t('planExport.doc.nothingYet')}</Empty>}
      {ordered.map((incident) => (
        <IncidentBlock
          key={incident.id}
          incident={incident}
          lessons={lessons.get(incident.id) ?? []}
          text={text}
        />
      ))}
    </Section>
  );
}
