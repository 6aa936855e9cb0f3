// The contents list, with each section's page number read from the pagination marks; every
// row links to its section.
import { Link, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { PlanSection } from '../options';
import { sectionAnchor, type PageMarks } from '../parts';
import type { PlanText } from '../plan-text';
import { colours, lh, styles } from '../styles';

const s = StyleSheet.create({
  // Not a flex row: a row holding a render prop is laid out as one unit per page by react-pdf's
  // paginator and measured wrongly; the page number sits absolutely at the right instead.
  row: {
    paddingVertical: 6,
    borderBottomWidth: 0.5,
    borderBottomColor: colours.rule,
    fontSize: 11,
    lineHeight: lh(15),
  },
  number: { position: 'absolute', left: 0, top: 6, color: colours.muted },
  title: { paddingLeft: 28, paddingRight: 48 },
  page: { position: 'absolute', right: 0, top: 6, width: 40, textAlign: 'right' },
  link: { color: colours.ink, textDecoration: 'none' },
});

export function Contents({
  sections,
  text,
  marks,
}: {
  sections: PlanSection[];
  text: PlanText;
  marks: PageMarks;
}) {
  return (
    <View style={{ marginBottom: 24 }}>
      <Text style={styles.h1}>{text.t('planExport.contents')}</Text>
      {sections.map((id, i) => (
        // Each row links to its section's heading (a named destination in the PDF).
        <Link key={id} src={`#${sectionAnchor(id)}`} style={s.link}>
          <View style={s.row} wrap={false}>
            <Text style={s.number}>{i + 1}.</Text>
            <Text style={s.title}>{text.t(`planExport.section.${id}`)}</Text>
            <Text style={s.page} render={() => String(marks.get(id) ?? '')} />
          </View>
        </Link>
      ))}
    </View>
  );
}
