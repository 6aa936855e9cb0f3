// Readiness in figures: what the overview page and the plan's executive summary report.
import { currentAnswers } from './answers';
import { areaQuestions, areas, type Area } from './risk-areas';
import { rankRisks } from './risk-ranking';
import { isActionOpen, isActionOverdue, type Scenario } from './scenario';
import type { WorkbookSnapshot } from './tables';
import { coverageGaps, vennModel, type RegionKey } from './venn';

export type AreaReadiness = { area: Area; answered: number; total: number; rated: number };

export type Readiness = {
  areas: AreaReadiness[];
  scenarioCount: number;
  scenariosPerRegion: Record<RegionKey, number>;
  gapRegions: RegionKey[];
  topRisks: Scenario[];
  openActions: number;
  overdueActions: number;
  checklist: { total: number; reviewed: number; gaps: number; partial: number };
  unwatchedProviderChannels: number;
};

export function readiness(snapshot: WorkbookSnapshot, today: string, topCount = 5): Readiness {
  const liveScenarios = snapshot.scenarios.filter((s) => s.deletedAt === null);
  const venn = vennModel(liveScenarios);
  const liveActions = snapshot.mitigationActions.filter((a) => a.deletedAt === null);
  const checklistItems = snapshot.responsibilities.filter((r) => r.deletedAt === null && !r.hidden);
  return {
    areas: areas.map((area) => {
      const keys = areaQuestions[area];
      const answers = currentAnswers(snapshot.areaAnswers).filter(
        (a) => a.area === area && keys.includes(a.questionKey),
      );
      return {
        area,
        total: keys.length,
        answered: answers.filter((a) => a.answer.trim() !== '').length,
        rated: answers.filter((a) => a.rating !== 'not_assessed').length,
      };
    }),
    scenarioCount: liveScenarios.length,
    scenariosPerRegion: Object.fromEntries(venn.regions.map((r) => [r.region, r.count])) as Record<
      RegionKey,
      number
    >,
    gapRegions: coverageGaps(venn),
    // The one ranking (domain/risk-ranking.ts), the same in the plan and the scenario list.
    topRisks: rankRisks(liveScenarios).slice(0, topCount),
    openActions: liveActions.filter(isActionOpen).length,
    overdueActions: liveActions.filter((a) => isActionOverdue(a, today)).length,
    checklist: {
      total: checklistItems.length,
      reviewed: checklistItems.filter((r) => r.reviewStatus !== 'not_reviewed').length,
      gaps: checklistItems.filter((r) => r.reviewStatus === 'gap').length,
      partial: checklistItems.filter((r) => r.reviewStatus === 'partial').length,
    },
    unwatchedProviderChannels: snapshot.providerChannels.filter(
      (c) => c.deletedAt === null && c.used && c.watcher.trim() === '',
    ).length,
  };
}
