// The tabletop decision log after the fact: an entry edited in place (autosaved with the run, so a
// reload or a gone tab's journal keeps it), removed, and put back by Undo where it stood, and a
// finished run recording exactly the log as edited (the edited follow-up a finding, the removed
// entry none). A queued edit is never overwritten by a later log, remove or finish.
import { beforeEach, describe, expect, it } from 'vitest';
import { flushSaves, queuePatch, resetAutosave } from '../../src/db/autosave';
import { getDb, openDatabase, setDatabase } from '../../src/db/db';
import { changeRunDecisions } from '../../src/db/exercises';
import { replayJournals } from '../../src/db/journal-replay';
import { createRecord, getRecord, listByWorkbook, RecordNotFoundError } from '../../src/db/records';
import { journalKey } from '../../src/db/save-journal';
import { createWorkbook } from '../../src/db/workbooks';
import {
  editDecisionIn,
  parseClock,
  restoreDecisionAt,
  withoutDecision,
} from '../../src/domain/decision-log';
import type { Decision } from '../../src/domain/exercise';
import { finishRun, logDecision, removeDecision, restoreDecision } from '../../src/features/exercises/data';
import { installMemoryStorage, type MemoryStorage } from './helpers/memory-storage';

let storage: MemoryStorage;
beforeEach(() => {
  storage = installMemoryStorage();
});

const entry = (key: string, decision: string, followUp = ''): Decision => ({
  key,
  atSeconds: 60,
  injectKey: null,
  decision,
  owner: 'Kim',
  reasoning: '',
  followUp,
});
const a = entry('a', 'Declare', 'Print the call tree');
const b = entry('b', 'Use SMS', 'Buy a second SIM');
const c = entry('c', 'Tell leadership');

async function runningRun() {
  const w = await createWorkbook({ title: 'Plan' });
  const scenario = await createRecord('scenarios', { workbookId: w.id, title: 'Snow', areas: ['location'] });
  const run = await createRecord('tabletopRuns', {
    workbookId: w.id,
    scenarioId: scenario.id,
    state: 'running',
  });
  return { w, run };
}
const stored = async (runId: string) => (await getRecord('tabletopRuns', runId))!.decisions;
const keys = async (runId: string) => (await stored(runId)).map((d) => d.key);

describe('decision log operations (pure)', () => {
  it('edits one entry in place, leaving the others and its key, time of logging and inject', () => {
    const fields = {
      atSeconds: 754,
      decision: 'Declare now',
      owner: '박지우',
      reasoning: 'RTO',
      followUp: '',
    };
    expect(editDecisionIn([a, b, c], 'b', fields)).toEqual([a, { ...b, ...fields }, c]);
    expect(editDecisionIn([a, c], 'b', fields)).toEqual([a, c]);
  });

  it('removes by key, and Undo puts it back where it stood, once, or at the end of a shorter list', () => {
    expect(withoutDecision([a, b, c], 'b')).toEqual([a, c]);
    expect(restoreDecisionAt([a, c], b, 1)).toEqual([a, b, c]);
    expect(restoreDecisionAt([a, b, c], b, 1)).toEqual([a, b, c]);
    expect(restoreDecisionAt([a], c, 2)).toEqual([a, c]);
    expect(restoreDecisionAt([], a, 0)).toEqual([a]);
  });

  it('reads a typed clock time back into seconds, and refuses what is not one', () => {
    expect(parseClock('0:12:30')).toBe(750);
    expect(parseClock(' 1:02:03 ')).toBe(3723);
    expect(parseClock('12:30')).toBe(750);
    expect(parseClock('100:00:00')).toBe(360_000);
    for (const bad of ['', '12', '0:60:00', '0:12:3', '1:2:3:4', 'a:bc:de', '-0:01:00', '1000:00:00']) {
      expect(parseClock(bad)).toBeNull();
    }
  });
});

describe('decision log data', () => {
  it('logs, removes and undoes through the guarded write path, each in place', async () => {
    const { run } = await runningRun();
    for (const d of [a, b, c]) expect((await logDecision(run.id, d)).ok).toBe(true);
    expect(await keys(run.id)).toEqual(['a', 'b', 'c']);
    expect((await removeDecision(run.id, 'b')).ok).toBe(true);
    expect(await keys(run.id)).toEqual(['a', 'c']);
    expect((await restoreDecision(run.id, b, 1)).ok).toBe(true);
    expect(await stored(run.id)).toEqual([a, b, c]);
    // An Undo pressed twice (toast and the full-screen line) restores it once.
    expect((await restoreDecision(run.id, b, 1)).ok).toBe(true);
    expect(await keys(run.id)).toEqual(['a', 'b', 'c']);
  });

  it('writes a queued edit first, so a remove or a log made right after it keeps the edit', async () => {
    const { run } = await runningRun();
    await logDecision(run.id, a);
    await logDecision(run.id, b);
    const edited = { ...a, decision: 'Declare at once', followUp: 'Print two call trees' };
    // What the autosave hook queues for an edit in place: the whole list, with the edit.
    queuePatch('tabletopRuns', run.id, { decisions: [edited, b] });
    expect((await removeDecision(run.id, 'b')).ok).toBe(true);
    expect(await stored(run.id)).toEqual([edited]);
    queuePatch('tabletopRuns', run.id, { decisions: [{ ...edited, owner: 'Lee' }] });
    expect((await logDecision(run.id, c)).ok).toBe(true);
    expect(await stored(run.id)).toEqual([{ ...edited, owner: 'Lee' }, c]);
  });

  it('survives a reload: the edited and removed log is what the reopened database holds', async () => {
    const { run } = await runningRun();
    await logDecision(run.id, a);
    await logDecision(run.id, b);
    queuePatch('tabletopRuns', run.id, { decisions: [{ ...a, decision: 'Declare at once' }, b] });
    await flushSaves();
    await removeDecision(run.id, 'b');
    const name = getDb().name;
    getDb().close();
    setDatabase(openDatabase(name));
    expect(await stored(run.id)).toEqual([{ ...a, decision: 'Declare at once' }]);
  });

  it('keeps an edit whose tab went away before the autosave wrote it (the journal replays it)', async () => {
    const { run } = await runningRun();
    await logDecision(run.id, a);
    const before = (await getRecord('tabletopRuns', run.id))!;
    queuePatch(
      'tabletopRuns',
      run.id,
      { decisions: [{ ...a, atSeconds: 750, owner: '박지우' }] },
      { baseRev: before.rev },
    );
    // The page goes away: its journal is left behind under a gone tab, nothing was written.
    const journal = storage.getItem(journalKey(getDb().name))!;
    storage.setItem(journalKey(getDb().name, 'gone-tab'), journal);
    resetAutosave();
    expect(await stored(run.id)).toEqual([a]);
    expect(await replayJournals()).toEqual({ applied: 1, same: 0, skipped: 0 });
    expect(await stored(run.id)).toEqual([{ ...a, atSeconds: 750, owner: '박지우' }]);
  });

  it('finishes into an exercise with the log as edited: the edited follow-up, not the removed one', async () => {
    const { w, run } = await runningRun();
    for (const d of [a, b, c]) await logDecision(run.id, d);
    await removeDecision(run.id, 'b');
    // Still queued when Finish is pressed: the finish writes it first and records it.
    queuePatch('tabletopRuns', run.id, {
      decisions: [{ ...a, owner: '박지우', followUp: 'Print the call tree twice' }, c],
    });
    const outcome = await finishRun(run.id, 'Tabletop: Snow', '2026-03-02');
    expect(outcome.ok).toBe(true);
    const exercise = outcome.ok ? outcome.value : null;
    expect(exercise).toMatchObject({ participants: '박지우, Kim' });
    const findings = await listByWorkbook('exerciseFindings', w.id);
    expect(findings.map((f) => [f.exerciseId, f.text, f.owner])).toEqual([
      [exercise!.id, 'Print the call tree twice', '박지우'],
    ]);
    // The finished run's log is closed: nothing changes it any more.
    await expect(changeRunDecisions(run.id, () => [])).rejects.toBeInstanceOf(RecordNotFoundError);
    expect((await removeDecision(run.id, 'a')).ok).toBe(false);
    expect(await keys(run.id)).toEqual(['a', 'c']);
  });
});
