// Generates realistic backup files for the bench: one workbook with N scenarios (and their
// policy checks and actions), Hangul and English text, optionally padded to a target size.
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupEnvelopeSchema,
  type BackupEnvelope,
} from '../../src/domain/backup';
import { areas, type Area } from '../../src/domain/risk-areas';
import { triggers } from '../../src/domain/scenario';

const at = '2026-11-01T09:00:00.000Z';
const meta = (id: string, workbookId: string, order: number) => ({
  id,
  workbookId,
  order,
  createdAt: at,
  updatedAt: at,
  rev: 1,
  deletedAt: null,
});

const combos: Area[][] = [
  ['people'],
  ['location'],
  ['systems'],
  ['people', 'location'],
  ['people', 'systems'],
  ['location', 'systems'],
  [...areas],
];

export function generateBackup(
  scenarioCount: number,
  opts: { paragraphChars?: number; workbookId?: string } = {},
) {
  const workbookId = opts.workbookId ?? 'bench-workbook';
  const paragraph = '폭설로 직원이 사무실에 올 수 없고 VPN concentrator capacity is limited. '.repeat(
    Math.max(1, Math.round((opts.paragraphChars ?? 300) / 60)),
  );
  const scenarios = [];
  const policyChecks = [];
  const mitigationActions = [];
  for (let i = 0; i < scenarioCount; i++) {
    const id = `s-${i}`;
    scenarios.push({
      ...meta(id, workbookId, i + 1),
      title: `Scenario ${i + 1}: ${['폭설', 'Pandemic', 'VPN outage', '정전', 'Identity outage'][i % 5]}`,
      description: paragraph,
      areas: combos[i % combos.length],
      trigger: triggers[i % triggers.length],
      likelihood: (i % 5) + 1,
      impact: ((i * 3) % 5) + 1,
      staffAffectedPercent: (i * 7) % 100,
      affectedDependencyIds: [],
      rtoHours: 4 + (i % 48),
      rpoHours: 1 + (i % 4),
      controls: paragraph.slice(0, 200),
      alternateWorking: paragraph.slice(0, 200),
      communicationSteps: paragraph.slice(0, 120),
      status: (['draft', 'reviewed', 'exercised'] as const)[i % 3],
      lastReviewedDate: '2026-10-01',
      templateKey: null,
    });
    policyChecks.push({
      ...meta(`p-${i}`, workbookId, 1),
      scenarioId: id,
      statement: '엔지니어는 노트북을 집에 보관한다',
      answer: 'unknown',
    });
    mitigationActions.push({
      ...meta(`a-${i}`, workbookId, 1),
      scenarioId: id,
      action: `Action for scenario ${i + 1}`,
      owner: 'IT',
      dueDate: '2027-01-31',
      status: 'open',
      sourceIncidentId: null,
    });
  }
  const envelope: BackupEnvelope = backupEnvelopeSchema.parse({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: 'bench',
    exportedAt: at,
    data: {
      workbooks: [
        {
          ...meta(workbookId, workbookId, 0),
          title: `Bench plan (${scenarioCount} scenarios)`,
          organisation: 'Contoso',
        },
      ].map(({ workbookId: _w, order: _o, ...w }) => w),
      scenarios,
      policyChecks,
      mitigationActions,
    },
  });
  return envelope;
}

/** A backup of about `bytes` bytes once serialised. */
export function generateBackupOfSize(bytes: number): string {
  const perScenario =
    JSON.stringify(generateBackup(1, { paragraphChars: 3000 }).data.scenarios[0]).length + 700;
  const n = Math.max(1, Math.round(bytes / perScenario));
  return JSON.stringify(generateBackup(n, { paragraphChars: 3000 }), null, 2);
}
