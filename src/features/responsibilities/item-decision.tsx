// A checklist item's "needs a leadership decision" control (cost estimate, needed-by date), for a
// gap only leadership can close; saved through this feature's data.ts, printed on the plan's
// decision page while the item is not in place.
import { DecisionFields } from '../../components/form/decision-fields';
import type { ResponsibilityItem } from '../../domain/responsibility';
import { useItemDecisionForm } from './data';

export function ItemDecision({ item }: { item: ResponsibilityItem }) {
  const form = useItemDecisionForm(item);
  return <DecisionFields form={form} />;
}
