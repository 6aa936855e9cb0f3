// One layout model for the impact-over-time charts: one small chart per impact category, so each
// category reads on its own (outage length across, impact level up). The app's SVG and the plan
// PDF draw exactly these lines and points; the numbers are SVG units.
import {
  IMPACT_CATEGORIES,
  IMPACT_LEVELS,
  OUTAGE_BUCKETS,
  type ImpactCategory,
  type ImpactGrid,
} from './bia';
import type { ImpactLevel } from './bia';

/** Room on the left for the level names, at the bottom for the outage lengths. */
export const CHART_BOX = { width: 260, height: 120, left: 66, right: 16, top: 8, bottom: 22 } as const;

type BucketKey = (typeof OUTAGE_BUCKETS)[number]['key'];
export type ChartPoint = { bucket: BucketKey; level: ImpactLevel; x: number; y: number };
export type ImpactChart = {
  category: ImpactCategory;
  points: ChartPoint[];
  /** The polyline through the points, as SVG path data. */
  path: string;
  /** Horizontal guide lines, one per level, with where its name goes. */
  levels: { level: ImpactLevel; y: number }[];
  /** Where each outage length's name goes under the axis. */
  ticks: { bucket: BucketKey; x: number }[];
  /** The worst level this category reaches, and the first outage length that reaches it. */
  worst: ImpactLevel;
  worstFrom: BucketKey | null;
};

const { width, height, left, right, top, bottom } = CHART_BOX;
const plotWidth = width - left - right;
const plotHeight = height - top - bottom;
const xOf = (bucket: number) => left + (plotWidth * bucket) / (OUTAGE_BUCKETS.length - 1);
const yOf = (level: number) => top + plotHeight - (plotHeight * level) / (IMPACT_LEVELS.length - 1);
/** One decimal place is enough for a picture and keeps the path text stable in tests. */
const r1 = (n: number) => Math.round(n * 10) / 10;

export function impactCharts(grid: ImpactGrid): ImpactChart[] {
  const levels = IMPACT_LEVELS.map((level, i) => ({ level, y: r1(yOf(i)) }));
  const ticks = OUTAGE_BUCKETS.map((b, i) => ({ bucket: b.key, x: r1(xOf(i)) }));
  return IMPACT_CATEGORIES.map((category) => {
    const points = grid[category].map((level, i): ChartPoint => ({
      bucket: OUTAGE_BUCKETS[i]!.key,
      level,
      x: r1(xOf(i)),
      y: r1(yOf(IMPACT_LEVELS.indexOf(level))),
    }));
    const worstIndex = Math.max(...grid[category].map((l) => IMPACT_LEVELS.indexOf(l)));
    const worst = IMPACT_LEVELS[worstIndex]!;
    const from = worstIndex > 0 ? grid[category].findIndex((l) => l === worst) : -1;
    return {
      category,
      points,
      path: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' '),
      levels,
      ticks,
      worst,
      worstFrom: from >= 0 ? OUTAGE_BUCKETS[from]!.key : null,
    };
  });
}
