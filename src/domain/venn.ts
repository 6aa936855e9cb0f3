// The people / location / systems Venn diagram: which of the seven regions a scenario sits in,
// the figures per region, and the geometry. Computed once here; the app (SVG) and the PDF draw it.
import type { Area } from './risk-areas';
import { severityBands, severityOf, type Scenario, type SeverityBand } from './scenario';

export const regionKeys = ['P', 'L', 'S', 'PL', 'PS', 'LS', 'PLS'] as const;
export type RegionKey = (typeof regionKeys)[number];

const letter: Record<Area, string> = { people: 'P', location: 'L', systems: 'S' };
const areaOfLetter: Record<string, Area> = { P: 'people', L: 'location', S: 'systems' };

/** The region of a set of areas; null when no area is chosen (an invalid scenario). */
export function regionOf(areas: readonly Area[]): RegionKey | null {
  const key = (['people', 'location', 'systems'] as const)
    .filter((a) => areas.includes(a))
    .map((a) => letter[a])
    .join('');
  return key === '' ? null : (key as RegionKey);
}

export const areasOfRegion = (region: RegionKey): Area[] => [...region].map((l) => areaOfLetter[l]!);

export type VennRegion = {
  region: RegionKey;
  count: number;
  worstBand: SeverityBand | null;
  isGap: boolean;
  /** Where the region's figures are drawn, in the model's coordinates. */
  labelX: number;
  labelY: number;
};
export type VennCircle = { area: Area; cx: number; cy: number; r: number; labelX: number; labelY: number };
export type VennModel = { width: number; height: number; circles: VennCircle[]; regions: VennRegion[] };

type Scored = Pick<Scenario, 'areas' | 'likelihood' | 'impact'>;

const W = 360;
const H = 330;
const R = 95;
const circles: VennCircle[] = [
  { area: 'people', cx: 130, cy: 120, r: R, labelX: 80, labelY: 22 },
  { area: 'location', cx: 230, cy: 120, r: R, labelX: 280, labelY: 22 },
  { area: 'systems', cx: 180, cy: 205, r: R, labelX: 180, labelY: 322 },
];
const labelPositions: Record<RegionKey, [number, number]> = {
  P: [95, 100],
  L: [265, 100],
  S: [180, 255],
  PL: [180, 78],
  PS: [128, 185],
  LS: [232, 185],
  PLS: [180, 148],
};

export function worstBand(bands: Iterable<SeverityBand>): SeverityBand | null {
  let worst = -1;
  for (const b of bands) worst = Math.max(worst, severityBands.indexOf(b));
  return worst < 0 ? null : severityBands[worst]!;
}

export function vennModel(scenarios: readonly Scored[]): VennModel {
  const byRegion = new Map<RegionKey, SeverityBand[]>(regionKeys.map((k) => [k, []]));
  for (const s of scenarios) {
    const region = regionOf(s.areas);
    if (region) byRegion.get(region)!.push(severityOf(s));
  }
  return {
    width: W,
    height: H,
    circles,
    regions: regionKeys.map((region) => {
      const bands = byRegion.get(region)!;
      const [labelX, labelY] = labelPositions[region];
      return {
        region,
        count: bands.length,
        worstBand: worstBand(bands),
        isGap: bands.length === 0,
        labelX,
        labelY,
      };
    }),
  };
}

/** Regions with no scenario yet: the gaps a planner should look at. */
export const coverageGaps = (model: VennModel): RegionKey[] =>
  model.regions.filter((r) => r.isGap).map((r) => r.region);

/** The region under a point of the diagram (model coordinates); null outside every circle. */
export function regionAt(model: Pick<VennModel, 'circles'>, x: number, y: number): RegionKey | null {
  return regionOf(
    model.circles.filter((c) => (x - c.cx) ** 2 + (y - c.cy) ** 2 <= c.r ** 2).map((c) => c.area),
  );
}
