// The scenario page's line from the business impact analysis: how many tier-1 processes this
// scenario breaks in its first hours, and how many breach RTO and MTPD. Nothing when it takes out
// no BIA resource. The engine runs in the shared BIA worker (lib/bia-compute-client.ts), as on the
// BIA page: on a large workbook it takes tens of milliseconds, which the page's thread must not wait.
import { useMemo } from 'react';
import { useBiaCompute } from '../../components/use-bia-compute';
import { SCENARIO_LINE_HOURS } from '../../domain/bia-scenario';
import { useT } from '../../i18n/use-i18n';
import { useScenarioReachInput } from './data';

export function ScenarioReachLine({ workbookId, scenarioId }: { workbookId: string; scenarioId: string }) {
  const input = useScenarioReachInput(workbookId, scenarioId);
  if (!input) return null;
  return <ReachLine graph={input.graph} impacts={input.impacts} />;
}

type Input = NonNullable<ReturnType<typeof useScenarioReachInput>>;

function ReachLine({ graph, impacts }: Input) {
  const t = useT();
  // One request per read of the records, so the worker is asked again only when they change.
  const request = useMemo(() => ({ kind: 'reach' as const, graph, impacts }), [graph, impacts]);
  const { answer: reach } = useBiaCompute(request);
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
