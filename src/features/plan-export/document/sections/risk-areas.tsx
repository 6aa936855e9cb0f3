// Risk areas: each area's questions with the organisation's answers and ratings, and what it
// depends on.
import { View } from '@react-pdf/renderer';
import { areaQuestions, areas } from '../../../../domain/risk-areas';
import { label } from '../labels';
import { Empty, H2, H3, Paragraphs, Section } from '../parts';
import { oneLine } from '../safe-text';
import { Text } from '@react-pdf/renderer';
import { styles } from '../styles';
import type { SectionProps } from './section-props';

export function RiskAreas({ data, text, marks }: SectionProps) {
  const { t } = text;
  return (
    <Section id="riskAreas" title={t('planExport.section.riskAreas')} marks={marks}>
      {areas.map((area) => {
        const deps = data.dependencies.filter((d) => d.area === area);
        return (
          <View key={area} style={styles.section}>
            <H2>{label(text, 'area', area)}</H2>
            {areaQuestions[area].map((q) => {
              const answer = data.areaAnswers.find((a) => a.area === area && a.questionKey === q);
              const rating = answer?.rating ?? 'not_assessed';
              return (
                <View key={q} style={{ marginBottom: 6 }}>
                  <H3>{label(text, 'question', q)}</H3>
                  <Paragraphs text={answer?.answer ?? ''} empty={t('planExport.riskAreas.noAnswer')} />
                  <Text style={styles.small}>
                    {`${t('planExport.riskAreas.rating')}: ${label(text, 'rating', rating)}`}
                  </Text>
                </View>
              );
            })}
            <H3>{t('planExport.riskAreas.dependencies')}</H3>
            {deps.length === 0 ? (
              <Empty>{t('planExport.doc.nothingYet')}</Empty>
            ) : (
              deps.map((d) => (
                <Text key={d.id} style={styles.p}>
                  {`• ${oneLine(d.name)}${d.notes.trim() ? ` — ${oneLine(d.notes)}` : ''}`}
                </Text>
              ))
            )}
          </View>
        );
      })}
    </Section>
  );
}
