import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSaves, queuePatch, SAVE_DELAY_MS } from '../../src/db/autosave';
import { getRecord } from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import { getDb } from '../../src/db/db';
import { saveStatusStore } from '../../src/lib/save-status';

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('merges patches to one record and writes within the save delay', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    queuePatch('workbooks', w.id, { title: 'Pl' });
    queuePatch('workbooks', w.id, { title: 'Plan B', owner: 'Kim' });
    expect(saveStatusStore.getState().state.kind).toBe('saving');
    await new Promise((r) => setTimeout(r, SAVE_DELAY_MS + 100));
    await flushSaves();
    const stored = (await getRecord('workbooks', w.id))!;
    expect(stored).toMatchObject({ title: 'Plan B', owner: 'Kim', rev: w.rev + 1 });
    expect(saveStatusStore.getState().state.kind).toBe('saved');
  });

  it('flushes at once when asked (pagehide)', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    queuePatch('workbooks', w.id, { scope: 'HQ' });
    await flushSaves();
    expect((await getRecord('workbooks', w.id))!.scope).toBe('HQ');
  });

  it('keeps a failed patch queued, reports why, and writes it on retry', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const db = getDb();
    const original = db.transaction.bind(db);
    const spy = vi.spyOn(db, 'transaction').mockImplementationOnce((() => {
      const e = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return Promise.reject(e);
    }) as never);
    queuePatch('workbooks', w.id, { owner: 'Lee' });
    await flushSaves();
    expect(saveStatusStore.getState().state).toMatchObject({ kind: 'error', reasonKey: 'save.quota' });
    expect((await getRecord('workbooks', w.id))!.owner).toBe('');
    spy.mockImplementation(original as never);
    await flushSaves();
    expect((await getRecord('workbooks', w.id))!.owner).toBe('Lee');
    expect(saveStatusStore.getState().state.kind).toBe('saved');
  });
});
