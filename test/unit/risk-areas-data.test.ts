// Risk area answers are made on first edit with a deterministic id, and scenarios (with their policy
// checks and actions) and area answers round-trip through backup export and import.
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup, parseBackup, serializeBackup } from '../../src/db/backup';
import { flushSaves } from '../../src/db/autosave';
import { getDb } from '../../src/db/db';
import { getRecord, listByWorkbook } from '../../src/db/records';
import { createWorkbook, loadSnapshot } from '../../src/db/workbooks';
import { areaAnswerId } from '../../src/domain/risk-areas';
import { addDependency, saveAreaAnswer } from '../../src/features/risk-areas/data';
import { saveNewScenario, setScenarioStatus } from '../../src/features/scenarios/data';
import { valueOf } from './helpers/outcome';
import { blankScenario, scenarioCreateSchema } from '../../src/features/scenarios/form-schema';

describe('risk area answers', () => {
  it('creates the answer on first edit under a deterministic id, then patches it', async () => {
    const w = await createWorkbook({ title: 'W' });
    expect(await listByWorkbook('areaAnswers', w.id)).toEqual([]);
    // Two edits fired together must not try to create the record twice.
    await Promise.all([
      saveAreaAnswer(w.id, 'people', 'peopleOfflineShare', { answer: 'About 30%' }),
      saveAreaAnswer(w.id, 'people', 'peopleOfflineShare', { rating: 'partial' }),
    ]);
    await flushSaves();
    const stored = await getRecord('areaAnswers', areaAnswerId(w.id, 'peopleOfflineShare'));
    expect(stored).toMatchObject({
      area: 'people',
      answer: 'About 30%',
      rating: 'partial',
      workbookId: w.id,
    });
    expect(await listByWorkbook('areaAnswers', w.id)).toHaveLength(1);
  });
});

describe('scenarios and area answers in backups', () => {
  it('round-trip through export and import', async () => {
    const w = await createWorkbook({ title: '백업 계획' });
    await saveAreaAnswer(w.id, 'location', 'locationSplitTunnel', {
      answer: '분할 터널 사용 중',
      rating: 'strong',
    });
    const dep = await valueOf(addDependency(w.id, 'systems', 'VPN concentrator'));
    const values = scenarioCreateSchema.parse({
      ...blankScenario(),
      title: '폭설 ❄️',
      areas: ['people', 'location', 'systems'],
      affectedDependencyIds: [dep.id],
      rtoHours: 2,
      rpoHours: 6,
      policyChecks: [{ statement: 'Engineers keep laptops at home', answer: 'yes' }],
      actions: [{ action: 'Test the VPN', owner: 'Kim', dueDate: '2020-01-01', status: 'open' }],
    });
    const s = await valueOf(saveNewScenario(w.id, values));
    setScenarioStatus([s.id], 'exercised');
    await flushSaves();
    const before = await loadSnapshot(w.id);
    expect(before?.scenarios[0]).toMatchObject({ status: 'exercised', rpoHours: 6 });
    expect(before?.policyChecks).toHaveLength(1);
    expect(before?.mitigationActions[0]).toMatchObject({ scenarioId: s.id, dueDate: '2020-01-01' });

    const parsed = parseBackup(serializeBackup(await exportBackup([w.id])));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await getDb().delete();
    await getDb().open();
    await applyImport(parsed.envelope, {});
    const after = await loadSnapshot(w.id);
    expect(after).toEqual(before);
    expect(after?.areaAnswers[0]).toMatchObject({ answer: '분할 터널 사용 중', rating: 'strong' });
  });
});
