// The save journal: every queued patch is in localStorage at once and leaves it only after its write
// committed; a later start replays journals idempotently and revision-checked; where the journal
// cannot be written the tab knows it (and asks before unload). Risk-area answers go through it too,
// and are one per question whatever ids a file brought.
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  flushSaves,
  hasPendingSaves,
  isJournalFailing,
  queuePatch,
  resetAutosave,
} from '../../src/db/autosave';
import { getDb } from '../../src/db/db';
import { replayJournals } from '../../src/db/journal-replay';
import { getRecord, listByWorkbook, patchRecord, softDeleteRecord } from '../../src/db/records';
import { journalKey, type JournalEntry } from '../../src/db/save-journal';
import { startStorage } from '../../src/db/storage-start';
import { createWorkbook, loadSnapshot } from '../../src/db/workbooks';
import { currentAnswers } from '../../src/domain/answers';
import { readiness } from '../../src/domain/readiness';
import { areaAnswerId } from '../../src/domain/risk-areas';
import { planData } from '../../src/features/plan-export/document/plan-data';
import { saveAreaAnswer } from '../../src/features/risk-areas/data';
import { saveStatusStore } from '../../src/lib/save-status';
import { installMemoryStorage, type MemoryStorage } from './helpers/memory-storage';

let storage: MemoryStorage;
beforeEach(() => {
  storage = installMemoryStorage();
});

const ownJournal = () => {
  const raw = storage.getItem(journalKey(getDb().name));
  return raw === null ? [] : (JSON.parse(raw) as JournalEntry[]);
};

/** Plays a page load that went away with these edits unwritten. */
const leaveJournal = (entries: Partial<JournalEntry>[], tab = 'gone-tab') =>
  storage.setItem(
    journalKey(getDb().name, tab),
    JSON.stringify(entries.map((e) => ({ baseRev: null, at: Date.now(), ...e }))),
  );

describe('save journal', () => {
  it('holds a queued patch synchronously and drops it only once its write committed', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    queuePatch('workbooks', w.id, { scope: 'H' }, { baseRev: w.rev });
    queuePatch('workbooks', w.id, { scope: 'HQ' });
    expect(ownJournal()).toMatchObject([
      { table: 'workbooks', id: w.id, patch: { scope: 'HQ' }, baseRev: w.rev },
    ]);
    expect(saveStatusStore.getState().state.kind).toBe('saving');
    const writing = flushSaves();
    // Being written is not written: still journalled.
    expect(ownJournal()).toHaveLength(1);
    await writing;
    expect(ownJournal()).toEqual([]);
    expect(storage.getItem(journalKey(getDb().name))).toBeNull();
    expect((await getRecord('workbooks', w.id))!.scope).toBe('HQ');
    expect(saveStatusStore.getState().state.kind).toBe('saved');
  });

  it('keeps the journal while a write fails, and says so', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const db = getDb();
    const original = db.transaction.bind(db);
    (db as { transaction: unknown }).transaction = () =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    queuePatch('workbooks', w.id, { owner: 'Lee' });
    await flushSaves();
    expect(saveStatusStore.getState().state).toMatchObject({ kind: 'error', reasonKey: 'save.quota' });
    expect(ownJournal()).toMatchObject([{ patch: { owner: 'Lee' } }]);
    (db as { transaction: unknown }).transaction = original;
    await flushSaves();
    expect(ownJournal()).toEqual([]);
    expect(saveStatusStore.getState().state.kind).toBe('saved');
  });

  it('knows when the journal cannot be written (storage full), until nothing is pending', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    storage.failWrites = true;
    queuePatch('workbooks', w.id, { owner: 'Lee' });
    expect(isJournalFailing()).toBe(true);
    expect(hasPendingSaves()).toBe(true);
    await flushSaves();
    expect(isJournalFailing()).toBe(false);
    expect((await getRecord('workbooks', w.id))!.owner).toBe('Lee');
    expect(saveStatusStore.getState().state.kind).toBe('saved');
  });

  it('replays a gone tab: applied once, a no-op the second time, the journal removed', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    leaveJournal([{ table: 'workbooks', id: w.id, patch: { scope: 'typed before reload' }, baseRev: w.rev }]);
    expect(await replayJournals()).toEqual({ applied: 1, same: 0, skipped: 0 });
    const after = (await getRecord('workbooks', w.id))!;
    expect(after).toMatchObject({ scope: 'typed before reload', rev: w.rev + 1 });
    expect(storage.length).toBe(0);
    // The same journal again (a second tab started at the same moment): nothing changes.
    leaveJournal([{ table: 'workbooks', id: w.id, patch: { scope: 'typed before reload' }, baseRev: w.rev }]);
    expect(await replayJournals()).toEqual({ applied: 0, same: 1, skipped: 0 });
    expect((await getRecord('workbooks', w.id))!.rev).toBe(after.rev);
  });

  it('writes only the journal fields over a record another tab changed since, oldest edit first', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    await patchRecord('workbooks', w.id, { owner: 'Park', scope: 'other tab' });
    leaveJournal(
      [{ table: 'workbooks', id: w.id, patch: { scope: 'second' }, baseRev: w.rev, at: 2000 }],
      'b',
    );
    leaveJournal(
      [{ table: 'workbooks', id: w.id, patch: { scope: 'first' }, baseRev: w.rev, at: 1000 }],
      'a',
    );
    await replayJournals();
    expect(await getRecord('workbooks', w.id)).toMatchObject({ owner: 'Park', scope: 'second' });
  });

  it('leaves deleted and missing records alone, and skips invalid values', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const gone = await createWorkbook({ title: 'Gone' });
    await softDeleteRecord('workbooks', gone.id);
    leaveJournal([
      { table: 'workbooks', id: gone.id, patch: { scope: 'x' } },
      { table: 'workbooks', id: 'no-such-id', patch: { scope: 'x' } },
      { table: 'workbooks', id: w.id, patch: { title: '' } },
      { table: 'nonsense' as never, id: w.id, patch: { title: 'x' } },
    ]);
    expect(await replayJournals()).toEqual({ applied: 0, same: 0, skipped: 3 });
    expect((await getRecord('workbooks', gone.id))!.scope).toBe('');
    expect((await getRecord('workbooks', w.id))!.title).toBe('Plan');
    expect(await getDb().workbooks.count()).toBe(2);
  });

  it('does not remove a live tab journal that grew while it was replayed', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    leaveJournal([{ table: 'workbooks', id: w.id, patch: { scope: 'one' } }], 'live');
    const replaying = replayJournals();
    leaveJournal([{ table: 'workbooks', id: w.id, patch: { scope: 'one two' } }], 'live');
    await replaying;
    expect(storage.getItem(journalKey(getDb().name, 'live'))).toContain('one two');
  });

  it("never puts a live tab's older journal copy over the newer value that tab has written since", async () => {
    const w = await createWorkbook({ title: 'Plan' });
    leaveJournal([{ table: 'workbooks', id: w.id, patch: { scope: 'one' } }], 'live');
    // The live tab's write of its newer text is already under way when this tab starts...
    const liveWrite = patchRecord('workbooks', w.id, { scope: 'one two' });
    // ...and this tab reads the journal while it still holds the older copy.
    const replaying = replayJournals();
    leaveJournal([{ table: 'workbooks', id: w.id, patch: { scope: 'one two' } }], 'live');
    await Promise.all([liveWrite, replaying]);
    expect((await getRecord('workbooks', w.id))!.scope).toBe('one two');
  });

  it('start-up replays before it resolves', async () => {
    const name = `start-journal-${process.pid}`;
    await startStorage({ name });
    const w = await createWorkbook({ title: 'Plan' });
    getDb().close();
    storage.setItem(
      journalKey(name, 'gone'),
      JSON.stringify([{ table: 'workbooks', id: w.id, patch: { owner: 'Kim' }, baseRev: 0, at: 1 }]),
    );
    expect(await startStorage({ name })).toBe('ok');
    expect((await getRecord('workbooks', w.id))!.owner).toBe('Kim');
    expect(storage.length).toBe(0);
    getDb().close();
    await getDb().delete();
  });

  it('a start-up whose replay fails keeps the journal and does not say "saved"', async () => {
    const name = `start-journal-fail-${process.pid}`;
    await startStorage({ name });
    const w = await createWorkbook({ title: 'Plan' });
    getDb().close();
    const entries = [{ table: 'workbooks', id: w.id, patch: { owner: 'Kim' }, baseRev: 0, at: 1 }];
    storage.setItem(journalKey(name, 'gone'), JSON.stringify(entries));
    const spy = vi
      .spyOn(Dexie.prototype, 'transaction')
      .mockImplementationOnce((() =>
        Promise.reject(new DOMException('disk full', 'QuotaExceededError'))) as never);
    expect(await startStorage({ name })).toBe('ok');
    spy.mockRestore();
    expect(saveStatusStore.getState().state).toMatchObject({ kind: 'error', reasonKey: 'save.quota' });
    expect(JSON.parse(storage.getItem(journalKey(name, 'gone'))!)).toEqual(entries);
    expect((await getRecord('workbooks', w.id))!.owner).toBe('');
    getDb().close();
    await getDb().delete();
  });

  it('a journalled answer for a question not answered yet is made on replay, once', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const entry = {
      table: 'areaAnswers' as const,
      id: areaAnswerId(w.id, 'peopleKeyRoles'),
      patch: { answer: 'Two admins' },
      create: { workbookId: w.id, area: 'people', questionKey: 'peopleKeyRoles' },
    };
    leaveJournal([entry]);
    expect(await replayJournals()).toEqual({ applied: 1, same: 0, skipped: 0 });
    leaveJournal([entry]);
    expect(await replayJournals()).toEqual({ applied: 0, same: 1, skipped: 0 });
    expect(await listByWorkbook('areaAnswers', w.id)).toMatchObject([{ answer: 'Two admins' }]);
  });
});

describe('risk-area answers: one per question whatever its id', () => {
  it('edits an answer a file brought under a foreign id; editor, readiness and PDF agree', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const now = new Date().toISOString();
    const foreign = {
      id: 'imported-answer-1',
      workbookId: w.id,
      area: 'people' as const,
      questionKey: 'peopleOfflineShare',
      answer: 'From the file',
      rating: 'weak' as const,
      order: 1,
      createdAt: now,
      updatedAt: now,
      rev: 3,
      deletedAt: null,
    };
    await getDb().areaAnswers.put(foreign);
    await saveAreaAnswer(w.id, 'people', 'peopleOfflineShare', { answer: 'Edited here' });
    await flushSaves();
    const rows = await listByWorkbook('areaAnswers', w.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'imported-answer-1', answer: 'Edited here', rating: 'weak', rev: 4 });
    expect(ownJournal()).toEqual([]);

    const snapshot = (await loadSnapshot(w.id))!;
    expect(readiness(snapshot, '2026-01-01').areas[0]).toMatchObject({
      area: 'people',
      answered: 1,
      rated: 1,
    });
    expect(planData(snapshot).areaAnswers.map((a) => [a.id, a.answer])).toEqual([
      ['imported-answer-1', 'Edited here'],
    ]);
  });

  it('of two answers to one question the newest live one counts, in the editor, readiness and PDF', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const base = {
      workbookId: w.id,
      area: 'people' as const,
      questionKey: 'peopleOfflineShare',
      rating: 'not_assessed' as const,
      order: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      rev: 1,
      deletedAt: null,
    };
    await getDb().areaAnswers.bulkPut([
      { ...base, id: 'old', answer: 'older', updatedAt: '2026-01-01T00:00:00.000Z' },
      { ...base, id: 'new', answer: 'newer', updatedAt: '2026-02-01T00:00:00.000Z' },
      {
        ...base,
        id: 'del',
        answer: 'deleted',
        updatedAt: '2026-03-01T00:00:00.000Z',
        deletedAt: '2026-03-02T00:00:00.000Z',
      },
    ]);
    const snapshot = (await loadSnapshot(w.id))!;
    expect(currentAnswers(snapshot.areaAnswers).map((a) => a.id)).toEqual(['new']);
    expect(planData(snapshot).areaAnswers.map((a) => a.answer)).toEqual(['newer']);
    expect(readiness(snapshot, '2026-01-01').areas[0]).toMatchObject({ answered: 1 });
    await saveAreaAnswer(w.id, 'people', 'peopleOfflineShare', { rating: 'strong' });
    await flushSaves();
    expect(await getRecord('areaAnswers', 'new')).toMatchObject({ rating: 'strong' });
    expect(await getRecord('areaAnswers', 'old')).toMatchObject({ rating: 'not_assessed' });
  });
});

// Keeps a queue of one test from leaking into the next one's journal.
beforeEach(() => resetAutosave());
