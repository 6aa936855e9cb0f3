// The approval block: names, roles, dates and signature lines (blank lines for the plan owner
// when no approver is recorded).
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { Section } from '../parts';
import { oneLine } from '../safe-text';
import { colours, lh, styles } from '../styles';
import type { SectionProps } from './section-props';

const s = StyleSheet.create({
  block: { flexDirection: 'row', marginTop: 26 },
  cell: { paddingRight: 12 },
  line: { borderBottomWidth: 1, borderBottomColor: colours.ink, minHeight: 30, marginBottom: 3 },
  caption: { fontSize: 7.5, color: colours.muted, lineHeight: lh(10) },
  value: { fontSize: 10, lineHeight: lh(13), paddingTop: 14, paddingBottom: 2 },
});

type Signer = { name: string; role: string; date: string };

function SignatureRow({
  signer,
  labels,
}: {
  signer: Signer;
  labels: Record<'name' | 'role' | 'date' | 'signature', string>;
}) {
  const cells: [string, string, string][] = [
    ['27%', labels.name, signer.name],
    ['22%', labels.role, signer.role],
    ['21%', labels.date, signer.date],
    ['30%', labels.signature, ''],
  ];
  return (
    <View style={s.block} wrap={false}>
      {cells.map(([width, caption, value]) => (
        <View key={caption} style={[s.cell, { width }]}>
          <View style={s.line}>
            <Text style={s.value}>{value}</Text>
          </View>
          <Text style={s.caption}>{caption}</Text>
        </View>
      ))}
    </View>
  );
}

export function Approval({ data, text, marks }: SectionProps) {
  const { t } = text;
  const labels = {
    name: t('planExport.approval.name'),
    role: t('planExport.approval.role'),
    date: t('planExport.approval.date'),
    signature: t('planExport.approval.signature'),
  };
  const signers: Signer[] =
    data.approvers.length > 0
      ? data.approvers.map((a) => ({
          name: oneLine(a.name),
          role: oneLine(a.role),
          date: text.date(a.signedDate),
        }))
      : [{ name: oneLine(data.workbook.owner), role: t('planExport.approval.planOwner'), date: '' }];
  return (
    <Section id="approval" title={t('planExport.section.approval')} marks={marks}>
      <Text style={styles.p}>{t('planExport.approval.intro')}</Text>
      {signers.map((signer, i) => (
        <SignatureRow key={i} signer={signer} labels={labels} />
      ))}
    </Section>
  );
}
