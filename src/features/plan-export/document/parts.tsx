// Small building blocks shared by the sections: headings that record their page, paragraphs,
// label/value rows, simple tables, and the plain "nothing recorded yet" line.
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/stylesheet';
import type { ReactNode } from 'react';
import type { PlanSection } from './options';
import type { PlanText } from './plan-text';
import { oneLine, paragraphs } from './safe-text';
import { styles } from './styles';

/**
 * Page of each section's heading, filled in while react-pdf paginates. Its pagination runs twice
 * (the second round knows the page total), so the contents page reads the first round's pages.
 */
export type PageMarks = Map<PlanSection, number>;

/**
 * Props that put a node in the PDF outline (bookmarks). react-pdf 4.9's renderer reads `bookmark`
 * on any node, but its types declare it on Page only, hence the plain object.
 */
export const outline = (title: string): object => ({ bookmark: { title, fit: true } });

/** Destination name of a section's heading, for the contents page's links. */
export const sectionAnchor = (id: PlanSection) => `section-${id}`;

/**
 * A section heading: records its page, is the target of its contents link and (unless `Section`
 * wraps it, which carries the bookmark itself) a PDF bookmark.
 */
export function SectionHeading({
  id,
  title,
  marks,
  bookmark = true,
}: {
  id: PlanSection;
  title: string;
  marks: PageMarks;
  bookmark?: boolean;
}) {
  return (
    <View minPresenceAhead={80}>
      <View
        render={({ pageNumber }) => {
          marks.set(id, pageNumber);
          return null;
        }}
      />
      <Text style={styles.h1} id={sectionAnchor(id)} {...(bookmark ? outline(oneLine(title)) : {})}>
        {oneLine(title)}
      </Text>
    </View>
  );
}

/**
 * A section on its own pages: its heading, and a bookmark around all of it, so bookmarks inside
 * (scenario cards) nest under the section's in the PDF outline.
 */
export function Section({
  id,
  title,
  marks,
  children,
}: {
  id: PlanSection;
  title: string;
  marks: PageMarks;
  children?: ReactNode;
}) {
  return (
    <View break {...outline(oneLine(title))}>
      <SectionHeading id={id} title={title} marks={marks} bookmark={false} />
      {children}
    </View>
  );
}

/** A sub-heading; `bookmark` adds it to the PDF outline (scenario titles). */
export const H2 = ({ children, bookmark }: { children: string; bookmark?: boolean }) => (
  <Text style={styles.h2} minPresenceAhead={40} {...(bookmark ? outline(oneLine(children)) : {})}>
    {oneLine(children)}
  </Text>
);
export const H3 = ({ children }: { children: string }) => (
  <Text style={styles.h3} minPresenceAhead={30}>
    {oneLine(children)}
  </Text>
);

/** Planner-typed long text: one Text per line so pages can break between them. */
export function Paragraphs({ text, empty, style }: { text: string; empty?: string; style?: Style }) {
  const lines = paragraphs(text);
  if (lines.length === 0) return empty ? <Text style={styles.empty}>{empty}</Text> : null;
  return (
    <>
      {lines.map((line, i) => (
        <Text key={i} style={style ? [styles.p, style] : styles.p}>
          {line}
        </Text>
      ))}
    </>
  );
}

export const Empty = ({ children }: { children: string }) => <Text style={styles.empty}>{children}</Text>;

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View style={styles.fieldRow} wrap={false}>
      <Text style={styles.fieldLabel}>{label}</Text>
      {typeof children === 'string' ? <Text style={styles.fieldValue}>{oneLine(children)}</Text> : children}
    </View>
  );
}

export type Column = { title: string; width: number | string };

/** A table whose header row repeats at the top of every page it continues on; rows never split. */
export function Table({ columns, rows }: { columns: Column[]; rows: (string | ReactNode)[][] }) {
  return (
    <View style={styles.table}>
      <View style={styles.tr} wrap={false} minPresenceAhead={30} fixed>
        {columns.map((c, i) => (
          <Text key={i} style={[styles.th, { width: c.width }]}>
            {c.title}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={styles.tr} wrap={false}>
          {row.map((cell, i) =>
            typeof cell === 'string' ? (
              <Text key={i} style={[styles.td, { width: columns[i]?.width ?? 40 }]}>
                {oneLine(cell)}
              </Text>
            ) : (
              <View key={i} style={{ width: columns[i]?.width ?? 40 }}>
                {cell}
              </View>
            ),
          )}
        </View>
      ))}
    </View>
  );
}

/** The DRAFT mark on every page of a plan still in draft (null otherwise). */
export function draftMark(status: string, text: PlanText) {
  return status === 'draft' ? (
    <Text key="w" style={styles.watermark} fixed>
      {text.t('planExport.doc.draftMark')}
    </Text>
  ) : null;
}
