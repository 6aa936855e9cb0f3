// The printed continuity plan: one react-pdf Document built from a plain workbook snapshot and
// the export options. No hooks, no database: it renders the same in the browser worker and in Node.
// Pages use react-pdf's experimental paginator with the header and footer in the Page `layout`
// (several times faster than the default splitter with a `fixed` render-prop footer).
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { WorkbookSnapshot } from '../../../domain/tables';
import { todayIso } from '../../../lib/dates';
import { chosenSections, type PlanOptions, type PlanSection } from './options';
import { draftMark, type PageMarks } from './parts';
import { planData } from './plan-data';
import { makePlanText, type PlanText } from './plan-text';
import { oneLine } from './safe-text';
import { Activation } from './sections/activation';
import { Approval } from './sections/approval';
import { Bia } from './sections/bia';
import { Communications } from './sections/communications';
import { Contacts } from './sections/contacts';
import { Contents } from './sections/contents';
import { Cover } from './sections/cover';
import { controlOf, DocumentControl } from './sections/document-control';
import { Decisions } from './sections/decisions';
import { Diagrams } from './sections/diagrams';
import { Exercises } from './sections/exercises';
import { Incidents } from './sections/incidents';
import { Purpose } from './sections/purpose';
import { Responsibilities } from './sections/responsibilities';
import { RiskAreas } from './sections/risk-areas';
import { ScenarioCards } from './sections/scenario-cards';
import { Scenarios } from './sections/scenarios';
import type { SectionProps } from './sections/section-props';
import { Summary } from './sections/summary';
import { styles } from './styles';

const sectionComponents: Record<PlanSection, (props: SectionProps) => ReactNode> = {
  summary: Summary,
  diagrams: Diagrams,
  bia: Bia,
  riskAreas: RiskAreas,
  scenarios: Scenarios,
  responsibilities: Responsibilities,
  communications: Communications,
  incidents: Incidents,
  exercises: Exercises,
  approval: Approval,
  activation: Activation,
  documentControl: DocumentControl,
  decisions: Decisions,
  purpose: Purpose,
  contacts: Contacts,
  scenarioCards: ScenarioCards,
};

type LayoutProps = { children?: ReactNode; pageNumber?: number; totalPages?: number };

function pageChrome(title: string, docTitle: string, text: PlanText, draft: boolean) {
  return function PageChrome({ children, pageNumber, totalPages }: LayoutProps) {
    return [
      ...(draft ? [draftMark('draft', text)] : []),
      <View key="h" style={styles.header}>
        <Text>{title}</Text>
        <Text>{docTitle}</Text>
      </View>,
      <View key="c" style={styles.content}>
        {children}
      </View>,
      <View key="f" style={styles.footer}>
        <Text>{text.t('planExport.doc.confidential')}</Text>
        <Text>
          {totalPages
            ? text.t('planExport.doc.pageOf', { page: pageNumber ?? 1, total: totalPages })
            : String(pageNumber ?? '')}
        </Text>
      </View>,
    ];
  };
}

/** The running header keeps to one line: long titles are cut with an ellipsis. */
const headerTitle = (title: string) => {
  const chars = Array.from(title);
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : title;
};

export type PlanDocumentProps = { snapshot: WorkbookSnapshot; options: PlanOptions };

export function PlanDocument({ snapshot, options }: PlanDocumentProps) {
  const text = makePlanText(options.lang);
  const today = options.today ?? todayIso();
  const data = planData(snapshot);
  const sections = chosenSections(options);
  const marks: PageMarks = new Map();
  const docTitle = text.t(options.summary ? 'planExport.doc.summaryTitle' : 'planExport.doc.title');
  const title = oneLine(data.workbook.title);
  const props: SectionProps = { data, text, marks, today };
  return (
    <Document
      title={`${title} – ${docTitle}`}
      author={oneLine(data.workbook.owner) || oneLine(data.workbook.organisation)}
      subject={docTitle}
      creator="Continuity Workbook"
      producer="Continuity Workbook"
      language={options.lang === 'ko' ? 'ko-KR' : 'en-GB'}
    >
      <Cover data={data} text={text} today={today} summary={options.summary} />
      <Page
        size="A4"
        style={styles.page}
        layout={pageChrome(headerTitle(title), docTitle, text, controlOf(data, text).draft)}
      >
        {/* The summary is a few pages: its bookmarks are enough, a contents page would be a page of them. */}
        {!options.summary && <Contents sections={sections} text={text} marks={marks} />}
        {sections.map((id) => {
          const Section = sectionComponents[id];
          return <Section key={id} {...props} />;
        })}
      </Page>
    </Document>
  );
}
