// "Becomes an action": an item (an incident's lesson, an exercise's finding) turned into a
// mitigation action on a chosen scenario in one step, after which it shows the action it became,
// linked to the scenario. The feature passes its own write (one transaction in its data.ts) and its
// own words; this only lays out the choice, the button and the outcome.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { WriteOutcome } from '../db/guarded-write';
import type { MitigationAction, Scenario } from '../domain/scenario';
import { showToast } from './toast';
import { useGuardedAction } from './use-guarded-action';
import { WriteError } from './write-error';

export type BecomesActionLabels = {
  scenario: string;
  chooseScenario: string;
  makeAction: string;
  actionGone: string;
  /** "Action on “scenario”: the action (status)". */
  became: (scenario: Scenario, action: MitigationAction) => string;
  /** The toast once the action was made. */
  created: (scenario: Scenario) => string;
};

type Props = {
  workbookId: string;
  /** The action the item became, if it did. */
  actionId: string | null;
  scenarios: Scenario[];
  actions: MitigationAction[];
  defaultScenarioId?: string;
  /** The feature's write: the item becomes an action on this scenario (one transaction). */
  makeAction: (scenarioId: string) => Promise<WriteOutcome<unknown>>;
  labels: BecomesActionLabels;
  /** The class of the scenario picker's row (each feature lays it out with its own styles). */
  className: string;
  testId: string;
};

export function BecomesAction(props: Props) {
  const { workbookId, actionId, scenarios, actions, defaultScenarioId = '', labels } = props;
  const selectId = useId();
  const [scenarioId, setScenarioId] = useState(defaultScenarioId);
  const action = actionId ? actions.find((a) => a.id === actionId) : undefined;
  const scenario = action ? scenarios.find((s) => s.id === action.scenarioId) : undefined;
  const chosen = scenarios.find((s) => s.id === scenarioId);
  const make = useGuardedAction(props.makeAction, {
    onSuccess: () => chosen && showToast({ text: labels.created(chosen) }),
  });
  if (actionId) {
    return action && scenario ? (
      <p className="badge badge-ok" data-testid={props.testId}>
        <Link to={`/w/${workbookId}/scenarios/${scenario.id}`}>{labels.became(scenario, action)}</Link>
      </p>
    ) : (
      <p className="muted">{labels.actionGone}</p>
    );
  }
  if (scenarios.length === 0) return null;
  return (
    <>
      <div className={props.className}>
        <div className="field">
          <label htmlFor={selectId}>{labels.scenario}</label>
          <select id={selectId} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
            <option value="">{labels.chooseScenario}</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={!chosen || make.busy} onClick={() => chosen && make.start(chosen.id)}>
          {labels.makeAction}
        </button>
      </div>
      <WriteError error={make.error} onRetry={make.retry} />
    </>
  );
}
