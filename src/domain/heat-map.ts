// The likelihood x impact heat map (5 x 5): counts per cell, coloured by severity band.
// Computed once here; the app and the PDF both draw it.
import { riskScore, severityOf, type Scenario, type SeverityBand } from './scenario';

export type HeatCell = {
  likelihood: number;
  impact: number;
  score: number;
  band: SeverityBand;
  count: number;
};
export type HeatMapModel = {
  /** Rows from likelihood 5 (top) down to 1; columns impact 1 to 5. */
  rows: HeatCell[][];
  total: number;
  maxCount: number;
};

export function heatMapModel(scenarios: readonly Pick<Scenario, 'likelihood' | 'impact'>[]): HeatMapModel {
  const counts = new Map<string, number>();
  for (const s of scenarios) {
    const key = `${s.likelihood}:${s.impact}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows: HeatCell[][] = [];
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    const row: HeatCell[] = [];
    for (let impact = 1; impact <= 5; impact++) {
      const score = riskScore({ likelihood, impact });
      row.push({
        likelihood,
        impact,
        score,
        band: severityOf({ likelihood, impact }),
        count: counts.get(`${likelihood}:${impact}`) ?? 0,
      });
    }
    rows.push(row);
  }
  return { rows, total: scenarios.length, maxCount: Math.max(0, ...counts.values()) };
}
