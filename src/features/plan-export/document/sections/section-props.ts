// What every section component receives: plain data and the document's words. No hooks.
import type { WorkbookSnapshot } from '../../../../domain/tables';
import type { PageMarks } from '../parts';
import type { PlanText } from '../plan-text';

export type SectionProps = { data: WorkbookSnapshot; text: PlanText; marks: PageMarks; today: string };
