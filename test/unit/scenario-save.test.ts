import { describe, expect, it } from 'vitest';
import { listByWorkbook } from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import { saveNewScenario } from '../../src/features/scenarios/data';
import { valueOf } from './helpers/outcome';
import type { ScenarioCreateValues } from '../../src/features/scenarios/form-schema';

const values = (statement: string) =>
  ({
    title: 'Snowstorm',
    description: '',
    areas: ['people', 'location'],
    trigger: 'natural_hazard',
    likelihood: 3,
    impact: 4,
    staffAffectedPercent: 40,
    affectedDependencyIds: [],
    rtoHours: 8,
    rpoHours: 2,
    controls: '',
    alternateWorking: '',
    communicationSteps: '',
    status: 'draft',
    lastReviewedDate: null,
    policyChecks: [{ statement, answer: 'unknown' }],
    actions: [{ action: 'Issue laptops', owner: 'IT', dueDate: null, status: 'open' }],
  }) as unknown as ScenarioCreateValues;

describe('saving a new scenario', () => {
  it('writes the scenario, its policy checks and actions together', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const s = await valueOf(saveNewScenario(w.id, values('Laptops go home')));
    expect((await listByWorkbook('policyChecks', w.id)).map((p) => p.scenarioId)).toEqual([s.id]);
    expect((await listByWorkbook('mitigationActions', w.id)).map((a) => a.scenarioId)).toEqual([s.id]);
  });

  it('writes nothing when one child cannot be saved (all or nothing)', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    expect(await saveNewScenario(w.id, values(''))).toMatchObject({
      ok: false,
      error: { reasonKey: 'save.invalid' },
    });
    expect(await listByWorkbook('scenarios', w.id)).toEqual([]);
    expect(await listByWorkbook('mitigationActions', w.id)).toEqual([]);
  });
});
