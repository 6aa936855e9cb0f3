// Exercises: the tabletop script built from a workbook (exact injects), a finding becoming an
// action linked both ways and shown as an exercise source in the one action list, a finished
// tabletop becoming an exercise record with its findings, and the log's summary and sentence.
import { describe, expect, it } from 'vitest';
import { finishTabletopRun, FindingAlreadyLinkedError, turnFindingIntoAction } from '../../src/db/exercises';
import {
  buildRecord,
  createRecord,
  getRecord,
  listByWorkbook,
  RecordNotFoundError,
} from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import { collectActions } from '../../src/domain/response-actions';
import {
  exerciseSchedule,
  lastExerciseResult,
  lastExerciseSentence,
  openFindings,
  type ExerciseLog,
} from '../../src/domain/exercise-summary';
import {
  buildTabletopScript,
  clockText,
  moveItem,
  scenarioTime,
  runElapsedSeconds,
  toggleClock,
} from '../../src/domain/tabletop-script';

const W = 'w-1';
const rec = buildRecord;

/** A small workbook: the Seoul office (a location) out for a day; payroll and support need it. */
function fixtureWorkbook() {
  const office = rec('biaResources', {
    workbookId: W,
    name: '서울 사무실',
    kind: 'location',
    area: 'location',
  });
  const mail = rec('biaResources', { workbookId: W, name: 'Mail', kind: 'systems', area: 'systems' });
  const payroll = rec('biaProcesses', { workbookId: W, name: 'Payroll', tier: 1, rtoHours: 4 });
  const support = rec('biaProcesses', { workbookId: W, name: '고객 지원', tier: 2, rtoHours: 8 });
  const archive = rec('biaProcesses', { workbookId: W, name: 'Archive', tier: 4, rtoHours: 72 });
  const gone = {
    ...rec('biaProcesses', { workbookId: W, name: 'Deleted', tier: 1, rtoHours: 1 }),
    deletedAt: '2026-01-01T00:00:00.000Z',
  };
  const scenario = rec('scenarios', {
    workbookId: W,
    title: 'Snowstorm closes the office',
    areas: ['location', 'people'],
  });
  const mailDown = rec('scenarios', { workbookId: W, title: 'Mail outage', areas: ['systems'] });
  return {
    scenario,
    mailDown,
    payroll,
    support,
    input: {
      processes: [payroll, support, archive, gone],
      resources: [office, mail],
      dependencies: [
        rec('biaDependencies', { workbookId: W, processId: payroll.id, resourceId: office.id }),
        rec('biaDependencies', { workbookId: W, processId: support.id, resourceId: office.id }),
        rec('biaDependencies', { workbookId: W, processId: archive.id, resourceId: mail.id }),
        rec('biaDependencies', { workbookId: W, processId: gone.id, resourceId: office.id }),
      ],
      alternatives: [],
      impacts: [
        rec('biaScenarioImpacts', {
          workbookId: W,
          scenarioId: scenario.id,
          resourceId: office.id,
          outageHours: 24,
        }),
      ],
    },
  };
}

describe('tabletop script', () => {
  it('builds the injects from the workbook: post at T+0, office at T+1 h, each RTO at its hour, the next hourly update after', () => {
    const f = fixtureWorkbook();
    expect(buildTabletopScript({ scenario: f.scenario, ...f.input })).toEqual([
      { kind: 'providerPost', atMinutes: 0 },
      { kind: 'officeUnreachable', atMinutes: 60 },
      { kind: 'processRto', atMinutes: 240, processId: f.payroll.id, processName: 'Payroll', rtoHours: 4 },
      { kind: 'processRto', atMinutes: 480, processId: f.support.id, processName: '고객 지원', rtoHours: 8 },
      { kind: 'providerUpdate', atMinutes: 540 },
    ]);
  });

  it('a systems scenario with no BIA impact has the provider post and its next update only', () => {
    const f = fixtureWorkbook();
    expect(buildTabletopScript({ scenario: f.mailDown, ...f.input })).toEqual([
      { kind: 'providerPost', atMinutes: 0 },
      { kind: 'providerUpdate', atMinutes: 60 },
    ]);
  });

  it('formats times and moves injects', () => {
    expect([0, 45, 60, 540, 1500].map(scenarioTime)).toEqual([
      'T+0:00',
      'T+0:45',
      'T+1:00',
      'T+9:00',
      'T+25:00',
    ]);
    expect([0, 59, 61, 3661].map(clockText)).toEqual(['0:00:00', '0:00:59', '0:01:01', '1:01:01']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

describe('a finding becomes an action', () => {
  async function setup() {
    const w = await createWorkbook({ title: 'Plan' });
    const scenario = await createRecord('scenarios', {
      workbookId: w.id,
      title: 'Mail outage',
      areas: ['systems'],
    });
    const exercise = await createRecord('exercises', {
      workbookId: w.id,
      title: '도상 훈련',
      date: '2026-03-02',
      status: 'held',
    });
    const finding = await createRecord('exerciseFindings', {
      workbookId: w.id,
      exerciseId: exercise.id,
      text: 'Nobody had the bridge number',
      owner: '박지우',
    });
    return { w, scenario, exercise, finding };
  }

  it('adds the action with the finding text and owner, linked both ways, listed as an exercise finding', async () => {
    const { w, scenario, exercise, finding } = await setup();
    const action = await turnFindingIntoAction(finding.id, scenario.id);
    expect(action).toMatchObject({
      scenarioId: scenario.id,
      action: 'Nobody had the bridge number',
      owner: '박지우',
      sourceExerciseId: exercise.id,
      sourceIncidentId: null,
      status: 'open',
    });
    expect((await getRecord('exerciseFindings', finding.id))!.actionId).toBe(action.id);
    const actions = collectActions(
      {
        mitigationActions: await listByWorkbook('mitigationActions', w.id),
        scenarios: [scenario],
        processes: [],
        contacts: [],
        gaps: [],
      },
      '2026-03-03',
    );
    expect(actions.map((a) => [a.title, a.source, a.owner, a.context])).toEqual([
      ['Nobody had the bridge number', 'exercise', '박지우', 'Mail outage'],
    ]);
  });

  it('refuses a second action for the same finding, and a scenario of another workbook', async () => {
    const { scenario, finding } = await setup();
    const other = await createWorkbook({ title: 'Other' });
    const foreign = await createRecord('scenarios', { workbookId: other.id, title: 'X', areas: ['people'] });
    await expect(turnFindingIntoAction(finding.id, foreign.id)).rejects.toBeInstanceOf(RecordNotFoundError);
    const action = await turnFindingIntoAction(finding.id, scenario.id);
    await expect(turnFindingIntoAction(finding.id, scenario.id)).rejects.toEqual(
      new FindingAlreadyLinkedError(action.id),
    );
  });
});

describe('finishing a tabletop', () => {
  it('becomes a held tabletop exercise with a finding per follow-up, and the run points at it', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const scenario = await createRecord('scenarios', {
      workbookId: w.id,
      title: 'Snow',
      areas: ['location'],
    });
    const run = await createRecord('tabletopRuns', {
      workbookId: w.id,
      scenarioId: scenario.id,
      state: 'running',
      decisions: [
        {
          key: 'a',
          atSeconds: 30,
          injectKey: null,
          decision: 'Declare',
          owner: 'Kim',
          reasoning: 'Tier 1 down',
          followUp: 'Print the call tree',
        },
        {
          key: 'b',
          atSeconds: 90,
          injectKey: null,
          decision: 'Use SMS',
          owner: '박지우',
          reasoning: '',
          followUp: '',
        },
        {
          key: 'c',
          atSeconds: 120,
          injectKey: null,
          decision: 'Tell leadership',
          owner: 'Kim',
          reasoning: '',
          followUp: ' 경영진 보고 양식 만들기 ',
        },
      ],
    });
    const exercise = await finishTabletopRun(run.id, 'Tabletop: Snow', '2026-03-02');
    expect(exercise).toMatchObject({
      title: 'Tabletop: Snow',
      type: 'tabletop',
      status: 'held',
      date: '2026-03-02',
      scenarioIds: [scenario.id],
      participants: 'Kim, 박지우',
    });
    const findings = await listByWorkbook('exerciseFindings', w.id);
    expect(findings.map((f) => [f.exerciseId, f.text, f.owner, f.actionId])).toEqual([
      [exercise.id, 'Print the call tree', 'Kim', null],
      [exercise.id, '경영진 보고 양식 만들기', 'Kim', null],
    ]);
    expect(await getRecord('tabletopRuns', run.id)).toMatchObject({
      state: 'finished',
      exerciseId: exercise.id,
    });
    await expect(finishTabletopRun(run.id, 'Again', '2026-03-02')).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
  });
});

describe('exercise summary', () => {
  function log(): ExerciseLog {
    const payroll = rec('biaProcesses', { workbookId: W, name: 'Payroll', rtoHours: 4 });
    const support = rec('biaProcesses', { workbookId: W, name: 'Support', rtoHours: 8 });
    const older = rec('exercises', {
      workbookId: W,
      title: 'Walkthrough',
      type: 'walkthrough',
      date: '2025-10-01',
      status: 'held',
    });
    const last = rec('exercises', {
      workbookId: W,
      title: '메일 장애',
      type: 'tabletop',
      date: '2026-02-10',
      status: 'held',
    });
    const next = rec('exercises', {
      workbookId: W,
      title: 'Failover',
      type: 'simulation',
      date: '2026-06-01',
    });
    const missed = rec('exercises', { workbookId: W, title: 'Missed', type: 'full', date: '2026-01-05' });
    const doneAction = rec('mitigationActions', {
      workbookId: W,
      scenarioId: 's',
      action: 'x',
      status: 'done',
    });
    const openAction = rec('mitigationActions', {
      workbookId: W,
      scenarioId: 's',
      action: 'y',
      owner: 'Lee',
    });
    return {
      exercises: [older, last, next, missed],
      exerciseObjectives: [
        rec('exerciseObjectives', {
          workbookId: W,
          exerciseId: last.id,
          text: 'Declare in 30 min',
          met: true,
          order: 1,
        }),
        rec('exerciseObjectives', {
          workbookId: W,
          exerciseId: last.id,
          text: 'Reach all staff',
          met: false,
          order: 2,
        }),
        rec('exerciseObjectives', {
          workbookId: W,
          exerciseId: last.id,
          text: 'Restore payroll',
          met: true,
          order: 3,
        }),
        rec('exerciseObjectives', { workbookId: W, exerciseId: older.id, text: 'Old', met: false }),
      ],
      exerciseRecoveries: [
        rec('exerciseRecoveries', {
          workbookId: W,
          exerciseId: last.id,
          processId: payroll.id,
          achievedHours: 6,
        }),
        rec('exerciseRecoveries', {
          workbookId: W,
          exerciseId: last.id,
          processId: support.id,
          achievedHours: 5,
        }),
      ],
      exerciseFindings: [
        rec('exerciseFindings', {
          workbookId: W,
          exerciseId: last.id,
          text: 'Done already',
          actionId: doneAction.id,
        }),
        rec('exerciseFindings', {
          workbookId: W,
          exerciseId: last.id,
          text: 'Call tree stale',
          actionId: openAction.id,
          order: 2,
        }),
        rec('exerciseFindings', {
          workbookId: W,
          exerciseId: older.id,
          text: '연락처 없음',
          owner: '박지우',
        }),
      ],
      biaProcesses: [payroll, support],
      mitigationActions: [doneAction, openAction],
    };
  }

  it('gives the schedule, the last results and the open findings', () => {
    const l = log();
    const s = exerciseSchedule(l, '2026-03-01');
    expect(s.nextDue?.title).toBe('Failover');
    expect(s.overdue.map((e) => e.title)).toEqual(['Missed']);
    const r = lastExerciseResult(l)!;
    expect([r.exercise.title, r.met, r.notMet, r.beyondTarget]).toEqual(['메일 장애', 2, 1, 1]);
    expect(r.recoveries.map((x) => [x.processName, x.achievedHours, x.targetHours, x.withinTarget])).toEqual([
      ['Payroll', 6, 4, false],
      ['Support', 5, 8, true],
    ]);
    expect(openFindings(l).map((f) => [f.finding.text, f.owner, f.hasAction])).toEqual([
      ['연락처 없음', '박지우', false],
      ['Call tree stale', 'Lee', true],
    ]);
  });

  it('says the last exercise and its result in one sentence, in English and Korean', () => {
    expect(lastExerciseSentence(log(), 'en')).toBe(
      'Last exercise: tabletop "메일 장애" on 2026-02-10; 2 of 3 objectives met; 1 process beyond its recovery target.',
    );
    expect(lastExerciseSentence(log(), 'ko')).toBe(
      '마지막 훈련: 2026-02-10 도상 훈련 "메일 장애", 목표 3개 중 2개 달성, 복구 목표 시간을 넘긴 프로세스 1개.',
    );
    const none: ExerciseLog = { ...log(), exercises: [] };
    expect(lastExerciseSentence(none, 'en')).toBe('No exercise has been held yet.');
    expect(lastExerciseSentence(none, 'ko')).toBe('아직 실시한 훈련이 없습니다.');
  });
});

describe('tabletop clock pause', () => {
  it('stands still while paused and resumes where it stood, the pause not counted', () => {
    const start = Date.parse('2026-12-03T09:00:00.000Z');
    let run: { startedAt: string | null; pausedAt: string | null; pausedSeconds: number } = {
      startedAt: new Date(start).toISOString(),
      pausedAt: null,
      pausedSeconds: 0,
    };
    expect(runElapsedSeconds(run, start + 600_000)).toBe(600);
    run = { ...run, ...toggleClock(run, start + 600_000) };
    expect(run.pausedAt).toBe('2026-12-03T09:10:00.000Z');
    expect(runElapsedSeconds(run, start + 900_000)).toBe(600);
    run = { ...run, ...toggleClock(run, start + 900_000) };
    expect(run).toEqual({ startedAt: '2026-12-03T09:00:00.000Z', pausedAt: null, pausedSeconds: 300 });
    expect(runElapsedSeconds(run, start + 960_000)).toBe(660);
  });
  it('does nothing before the start', () => {
    expect(toggleClock({ startedAt: null, pausedAt: null, pausedSeconds: 0 }, 0)).toEqual({});
  });
});
