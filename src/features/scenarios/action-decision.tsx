// An action row's "needs a leadership decision" control (cost estimate, needed-by date), saved on
// the action through this feature's data.ts; printed on the plan's decision page.
import { DecisionFields } from '../../components/form/decision-fields';
import type { MitigationAction } from '../../domain/scenario';
import { useActionDecisionForm } from './data';

export function ActionDecision({ row }: { row: MitigationAction }) {
  const form = useActionDecisionForm(row);
  return <DecisionFields form={form} />;
}
