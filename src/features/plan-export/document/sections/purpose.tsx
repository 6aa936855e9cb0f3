// Purpose and scope (ISO 22301 8.4): why the plan exists, what it covers (the workbook's scope as
// typed), and how the document is organised.
import { Text } from '@react-pdf/renderer';
import { H2, Paragraphs, Section } from '../parts';
import { oneLine } from '../safe-text';
import { styles } from '../styles';
import type { SectionProps } from './section-props';

export function Purpose({ data, text, marks }: SectionProps) {
  const { t } = text;
  const org = oneLine(data.workbook.organisation) || t('leadership.purpose.orgFallback');
  return (
    <Section id="purpose" title={t('planExport.section.purpose')} marks={marks}>
      <H2>{t('leadership.purpose.purpose')}</H2>
      <Text style={styles.p}>{t('leadership.purpose.text', { org })}</Text>
      <H2>{t('leadership.purpose.scope')}</H2>
      <Paragraphs text={data.workbook.scope} empty={t('leadership.purpose.scopeNone')} />
      <H2>{t('leadership.purpose.structure')}</H2>
      <Text style={styles.p}>{t('leadership.purpose.structureText')}</Text>
    </Section>
  );
}
