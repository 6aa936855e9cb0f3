// The scenario page's line from the business impact analysis: how many tier-1 processes this
// scenario breaks in its first hours, and how many breach RTO and MTPD. Nothing when it takes out
// no BIA resource.
import { SCENARIO_LINE_HOURS } from '../../domain/bia-scenario';
import { useT } from '../../i18n/use-i18n';
import { useScenarioReach } from './data';

export function ScenarioReachLine({ workbookId, scenarioId }: { workbookId: string; scenarioId: string }) {
  const t = useT();
  const reach = useScenarioReach(workbookId, scenarioId);
  if (!reach) return null;
  return (
    <p className="scenario-bia-reach">
      {t('scenarios.biaReach', {
        count: reach.tierOneBrokenEarly,
        hours: SCENARIO_LINE_HOURS,
        rto: reach.breachRto,
        mtpd: reach.breachMtpd,
      })}
    </p>
  );
}
