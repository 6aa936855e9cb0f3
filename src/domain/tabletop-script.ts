// The tabletop runner's script, built from the planner's own workbook rather than a static
// template: the provider's dashboard post opens the exercise (T+0); where the scenario touches
// people or location, staff cannot reach the office at T+1 h; every process the BIA engine says
// passes its RTO under this scenario does so at its RTO hour; and, as the provider promises an
// update every hour, its next update comes an hour after the last of those. The feature turns
// each inject's kind into words in the facilitator's language; the facilitator then edits them.
import type { BiaAlternative, BiaDependency, BiaProcess, BiaResource } from './bia';
import { runEngine } from './bia-engine';
import { graphFromRecords } from './bia-scenario';
import type { Area } from './risk-areas';

export const INJECT_KINDS = ['providerPost', 'officeUnreachable', 'processRto', 'providerUpdate'] as const;
export type InjectKind = (typeof INJECT_KINDS)[number];

/** The provider posts on its dashboard normally every hour (continuity-facts.md, section 2). */
export const PROVIDER_UPDATE_MINUTES = 60;
/** When staff find they cannot reach the office: the first hour of the working day. */
export const OFFICE_UNREACHABLE_MINUTES = 60;

export type ScriptInject = {
  kind: InjectKind;
  atMinutes: number;
  /** For processRto: the process and its RTO in hours. */
  processId?: string;
  processName?: string;
  rtoHours?: number;
};

export type ScriptInput = {
  scenario: { id: string; title: string; areas: readonly Area[] };
  processes: BiaProcess[];
  resources: BiaResource[];
  dependencies: BiaDependency[];
  alternatives: BiaAlternative[];
  impacts: readonly {
    scenarioId: string;
    resourceId: string;
    outageHours: number;
    staffSharePercent: number | null;
    deletedAt: string | null;
  }[];
};

export function buildTabletopScript(input: ScriptInput): ScriptInject[] {
  const out: ScriptInject[] = [{ kind: 'providerPost', atMinutes: 0 }];
  if (input.scenario.areas.some((a) => a === 'people' || a === 'location')) {
    out.push({ kind: 'officeUnreachable', atMinutes: OFFICE_UNREACHABLE_MINUTES });
  }
  const losses = input.impacts
    .filter((i) => i.scenarioId === input.scenario.id && i.deletedAt === null)
    .map((i) => ({ resourceId: i.resourceId, hours: i.outageHours, staffSharePercent: i.staffSharePercent }));
  const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
    rows.filter((r) => r.deletedAt === null);
  const processes = live(input.processes);
  if (losses.length > 0) {
    const result = runEngine(
      graphFromRecords({
        processes,
        resources: live(input.resources),
        dependencies: live(input.dependencies),
        alternatives: live(input.alternatives),
      }),
      losses,
    );
    const byId = new Map(processes.map((p) => [p.id, p]));
    const breaches = result.processes
      .filter((o) => o.rtoBreachAt !== null)
      .map((o) => ({ process: byId.get(o.processId)!, at: o.rtoBreachAt! }))
      // Earliest first; ties by tier (most critical first), then name, so the script is stable.
      .sort(
        (a, b) =>
          a.at - b.at || a.process.tier - b.process.tier || a.process.name.localeCompare(b.process.name),
      );
    for (const { process, at } of breaches) {
      out.push({
        kind: 'processRto',
        atMinutes: Math.round(at * 60),
        processId: process.id,
        processName: process.name,
        rtoHours: at,
      });
    }
  }
  const last = Math.max(...out.map((i) => i.atMinutes));
  out.push({ kind: 'providerUpdate', atMinutes: last + PROVIDER_UPDATE_MINUTES });
  return out;
}

type RunClock = { startedAt: string | null; pausedAt: string | null; pausedSeconds: number };

/** Exercise time in seconds: since the start, less every pause (a paused clock stands still). */
export function runElapsedSeconds(run: RunClock, now: number): number {
  if (!run.startedAt) return 0;
  const until = run.pausedAt ? Date.parse(run.pausedAt) : now;
  return Math.max(0, Math.floor((until - Date.parse(run.startedAt)) / 1000) - run.pausedSeconds);
}

/** The patch that pauses a running clock or resumes a paused one at `now` (nothing before the start). */
export function toggleClock(run: RunClock, now: number): Partial<RunClock> {
  if (!run.startedAt) return {};
  if (!run.pausedAt) return { pausedAt: new Date(now).toISOString() };
  const stood = Math.max(0, Math.floor((now - Date.parse(run.pausedAt)) / 1000));
  return { pausedAt: null, pausedSeconds: run.pausedSeconds + stood };
}

/** The exercise clock: seconds since the start as H:MM:SS. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** Moves the item at `index` by `delta` places (a no-op at either end). */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

/** The scenario time of an inject, "T+4:00": minutes after the incident began, in both languages. */
export function scenarioTime(minutes: number): string {
  return `T+${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
