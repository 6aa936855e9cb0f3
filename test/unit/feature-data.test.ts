// Each feature's data module: named operations that write through the guarded path (an outcome,
// never a throw; counted for the reminder), and the rules that used to sit in event handlers.
import { afterEach, describe, expect, it } from 'vitest';
import { backupFacts, changesNoted } from '../../src/db/meta';
import { getRecord, listByWorkbook } from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import {
  addContact,
  addInternalChannel,
  markContactVerified,
  removeContact,
  restoreContact,
} from '../../src/features/communications/data';
import { contactFormSchema, internalChannelFormSchema } from '../../src/features/communications/form-schemas';
import {
  addIncident,
  addLesson,
  makeLessonAnAction,
  removeIncident,
  restoreIncident,
} from '../../src/features/incidents/data';
import {
  addResponsibility,
  reviewedDateAfterStatus,
  setResponsibilityHidden,
} from '../../src/features/responsibilities/data';
import { addMitigationAction, addPolicyCheck, saveNewScenario } from '../../src/features/scenarios/data';
import { blankScenario, scenarioCreateSchema } from '../../src/features/scenarios/form-schema';
import {
  addWorkbook,
  duplicateWorkbookAs,
  removeWorkbook,
  restoreWorkbook,
} from '../../src/features/workbooks/data';
import { listWorkbooks } from '../../src/db/workbook-list';
import { valueOf } from './helpers/outcome';
import { failPutsOnTransaction } from './helpers/raw-idb';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';

/** failPutsOnTransaction, for transactions that only add (createWorkbook uses add and bulkAdd). */
function failAddsAndPutsOnTransaction(errorName: string) {
  const proto = FakeObjectStore.prototype as unknown as { add: (...args: unknown[]) => IDBRequest };
  const originalAdd = proto.add;
  proto.add = function (this: { transaction: { __failOnCommit?: string } }, ...args: unknown[]) {
    this.transaction.__failOnCommit = errorName;
    return originalAdd.apply(this, args);
  };
  const removePut = failPutsOnTransaction(errorName);
  return () => {
    proto.add = originalAdd;
    removePut();
  };
}

let removeFault: (() => void) | null = null;
afterEach(() => {
  removeFault?.();
  removeFault = null;
});
// Counts are written after the write, in their own transaction: wait for them before reading.
const edits = async () => {
  await changesNoted();
  return (await backupFacts()).editsSinceBackup;
};

describe('communications', () => {
  it('adds a contact and an internal channel from their form values, and verifies a contact today', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const contact = await valueOf(addContact(w.id, contactFormSchema.parse({ name: 'Kim', kind: 'vendor' })));
    expect(contact).toMatchObject({ workbookId: w.id, name: 'Kim', kind: 'vendor', lastVerifiedDate: null });
    await valueOf(markContactVerified(contact.id, '2026-03-04'));
    expect((await getRecord('contacts', contact.id))!.lastVerifiedDate).toBe('2026-03-04');
    const channel = await valueOf(
      addInternalChannel(w.id, internalChannelFormSchema.parse({ kind: 'chat', name: 'Team chat' })),
    );
    expect((await listByWorkbook('internalChannels', w.id)).map((c) => c.id)).toEqual([channel.id]);
  });

  it('deletes a contact and brings it back', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const contact = await valueOf(addContact(w.id, contactFormSchema.parse({ name: 'Kim' })));
    await valueOf(removeContact(contact.id));
    expect(await listByWorkbook('contacts', w.id)).toEqual([]);
    await valueOf(restoreContact(contact.id));
    expect((await listByWorkbook('contacts', w.id)).map((c) => c.name)).toEqual(['Kim']);
  });

  it('a full disk while adding a contact is reported, and nothing is added', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    removeFault = failPutsOnTransaction('QuotaExceededError');
    expect(await addContact(w.id, contactFormSchema.parse({ name: 'Kim' }))).toMatchObject({
      ok: false,
      error: { reasonKey: 'save.quota' },
    });
    removeFault();
    removeFault = null;
    expect(await listByWorkbook('contacts', w.id)).toEqual([]);
  });
});

describe('incidents', () => {
  it('adds an incident and a lesson, turns the lesson into an action, deletes and restores the incident', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const incident = await valueOf(
      addIncident(w.id, {
        source: 'provider',
        title: 'Mail down',
        service: 'Mail',
        startAt: '2026-01-02T09:00',
        endAt: null,
      }),
    );
    const lesson = await valueOf(addLesson(w.id, incident.id, 'Post updates hourly'));
    const scenario = await valueOf(
      saveNewScenario(
        w.id,
        scenarioCreateSchema.parse({ ...blankScenario(), title: 'Mail outage', areas: ['systems'] }),
      ),
    );
    const before = await edits();
    await valueOf(makeLessonAnAction(lesson.id, scenario.id));
    expect(await edits()).toBe(before + 1);
    const actions = await listByWorkbook('mitigationActions', w.id);
    expect(actions.map((a) => [a.action, a.scenarioId])).toEqual([['Post updates hourly', scenario.id]]);
    expect((await getRecord('lessons', lesson.id))!.actionId).toBe(actions[0]!.id);

    await valueOf(removeIncident(incident.id));
    expect(await listByWorkbook('incidents', w.id)).toEqual([]);
    await valueOf(restoreIncident(incident.id));
    expect((await listByWorkbook('incidents', w.id)).map((i) => i.title)).toEqual(['Mail down']);
  });

  it('refuses an empty lesson with the invalid reason', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    expect(await addLesson(w.id, w.id, '')).toMatchObject({
      ok: false,
      error: { reasonKey: 'save.invalid' },
    });
  });
});

describe('responsibilities', () => {
  it('adds an item of our own and hides it (restorable)', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const item = await valueOf(
      addResponsibility(w.id, {
        title: 'Spare laptops',
        description: '',
        area: 'continuity_planning',
        owner: 'customer',
        phase: 'both',
        responsiblePerson: 'Lee',
      }),
    );
    expect(item).toMatchObject({ catalogueKey: null, title: 'Spare laptops', hidden: false });
    await valueOf(setResponsibilityHidden(item.id, true));
    expect((await getRecord('responsibilities', item.id))!.hidden).toBe(true);
    await valueOf(setResponsibilityHidden(item.id, false));
    expect((await getRecord('responsibilities', item.id))!.hidden).toBe(false);
  });

  it('reviewing an item dates the review today unless a date is there; "not reviewed" keeps the date', () => {
    expect(reviewedDateAfterStatus('in_place', null, '2026-05-06')).toBe('2026-05-06');
    expect(reviewedDateAfterStatus('gap', '2025-01-01', '2026-05-06')).toBe('2025-01-01');
    expect(reviewedDateAfterStatus('not_reviewed', null, '2026-05-06')).toBeNull();
    expect(reviewedDateAfterStatus('not_reviewed', '2025-01-01', '2026-05-06')).toBe('2025-01-01');
  });
});

describe('scenarios', () => {
  it('adds policy checks and actions after the others', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    await valueOf(addPolicyCheck(w.id, 's1', 'First'));
    await valueOf(addPolicyCheck(w.id, 's1', 'Second'));
    await valueOf(addMitigationAction(w.id, 's1', 'Do it'));
    expect((await listByWorkbook('policyChecks', w.id)).map((p) => p.statement)).toEqual(['First', 'Second']);
    expect((await listByWorkbook('mitigationActions', w.id)).map((a) => a.action)).toEqual(['Do it']);
  });
});

describe('workbooks', () => {
  it('creates, duplicates, deletes and restores, each counted once', async () => {
    const start = await edits();
    const w = await valueOf(addWorkbook({ title: 'Plan' }));
    const copy = await valueOf(duplicateWorkbookAs(w.id, ' (copy)'));
    expect(copy?.title).toBe('Plan (copy)');
    await valueOf(removeWorkbook(w.id));
    expect((await listWorkbooks()).map((x) => x.title)).toEqual(['Plan (copy)']);
    await valueOf(restoreWorkbook(w.id));
    expect((await listWorkbooks()).map((x) => x.title).sort()).toEqual(['Plan', 'Plan (copy)']);
    expect(await edits()).toBe(start + 4);
  });

  it('a full disk while creating a workbook is reported (the dialog keeps the text)', async () => {
    removeFault = failAddsAndPutsOnTransaction('QuotaExceededError');
    expect(await addWorkbook({ title: 'Plan' })).toMatchObject({
      ok: false,
      error: { reasonKey: 'save.quota' },
    });
    removeFault();
    removeFault = null;
    expect(await listWorkbooks()).toEqual([]);
  });
});
