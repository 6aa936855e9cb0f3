// CSV import of BIA processes: a file exported by the app comes back as the same processes (in
// English and in Korean headings, with the BOM); a hand-made file with a subset of columns works;
// bad cells are reported with their spreadsheet row and column and nothing is returned to write;
// the data module writes a checked file in one go.
import { beforeAll, describe, expect, it } from 'vitest';
import { listByWorkbook } from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import { biaProcessSchema } from '../../src/domain/bia';
import { importProcesses } from '../../src/features/bia/data';
import { processesCsv } from '../../src/features/bia/processes-csv';
import { MAX_IMPORT_ROWS, readProcessesCsv } from '../../src/features/bia/processes-csv-import';
import { loadCatalogues } from '../../src/i18n';
import { makeT } from '../../src/i18n/use-i18n';
import { valueOf } from './helpers/outcome';

beforeAll(() => loadCatalogues());

const meta = {
  id: 'p',
  workbookId: 'w',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const contacts = [
  { id: 'c1', name: 'Kim Minji' },
  { id: 'c2', name: '이서연' },
] as never[];
const payroll = biaProcessSchema.parse({
  ...meta,
  name: '=Payroll, monthly',
  description: 'Pays "all" staff\non the 25th',
  department: '재무팀',
  tier: 1,
  ownerContactId: 'c1',
  deputyContactId: 'c2',
  rtoHours: 4,
  rpoHours: 1,
  mtpdHours: 24,
  minimumStaff: 2,
  minimumServiceLevel: 'Salaries paid',
  peakNotes: 'Year end',
  peakMonths: [3, 12],
  peakMonthEnd: true,
  peakDates: ['2026-03-31', '2026-12-24'],
  impact: { financial: ['minor', 'major', 'severe', 'severe', 'severe', 'severe', 'severe'] },
  money: [1000000, null, 25000000, null, null, null, 900000000],
  currency: 'USD',
});
const fields = (p: ReturnType<typeof biaProcessSchema.parse>) => {
  const {
    id: _i,
    workbookId: _w,
    createdAt: _c,
    updatedAt: _u,
    rev: _r,
    deletedAt: _d,
    order: _o,
    ...rest
  } = p;
  return rest;
};

describe('readProcessesCsv', () => {
  it('reads back an exported file, in English and in Korean, BOM and all', () => {
    for (const lang of ['en', 'ko'] as const) {
      const csv = processesCsv(makeT(lang), [payroll], contacts);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const result = readProcessesCsv(csv, contacts);
      expect(result.problems).toEqual([]);
      expect(result.processes).toEqual([fields(payroll)]);
    }
  });

  it('takes a hand-made file with a few columns in any order, short and Korean headings', () => {
    const csv = '등급,이름,RTO,4시간 후 고객,책임자\r\n2,고객 상담,8,보통,이서연\r\n\r\n,Billing,,,\r\n';
    // No currency column: the workbook's currency, as passed.
    const result = readProcessesCsv(csv, contacts, 'USD');
    expect(result.problems).toEqual([]);
    expect(result.processes.map((p) => p.currency)).toEqual(['USD', 'USD']);
    expect(
      result.processes.map((p) => [p.name, p.tier, p.rtoHours, p.impact.customer[1], p.ownerContactId]),
    ).toEqual([
      ['고객 상담', 2, 8, 'moderate', 'c2'],
      ['Billing', 3, null, 'none', null],
    ]);
  });

  it('reports each bad cell with its row and column, and returns nothing to write', () => {
    const csv = [
      'Name,Criticality tier,"Recovery time objective (RTO), hours","Maximum tolerable period of disruption (MTPD), hours",Operational after 1 hour,Owner,Currency,Peak dates',
      'Good,1,4,8,Minor,Kim Minji,KRW,2026-03-31',
      ',5,x,,Awful,Nobody,XYZ,2026-02-30',
      'Late,2,48,24,,,,',
      'Extra,1,,,,,,,surplus',
    ].join('\n');
    const result = readProcessesCsv(csv, contacts);
    expect(result.processes).toEqual([]);
    expect(result.problems).toEqual([
      { row: 3, column: 'Criticality tier (B)', message: 'bia.import.errors.tier' },
      { row: 3, column: 'Recovery time objective (RTO), hours (C)', message: 'bia.import.errors.number' },
      { row: 3, column: 'Operational after 1 hour (E)', message: 'bia.import.errors.level' },
      { row: 3, column: 'Owner (F)', message: 'bia.import.errors.contact' },
      { row: 3, column: 'Currency (G)', message: 'bia.import.errors.currency' },
      { row: 3, column: 'Peak dates (H)', message: 'bia.import.errors.dates' },
      { row: 3, column: 'Name (A)', message: 'errors.required' },
      { row: 4, column: 'Recovery time objective (RTO), hours (C)', message: 'bia.errors.rtoAboveMtpd' },
      { row: 5, column: '? (I)', message: 'bia.import.errors.cells', vars: { found: 9, expected: 8 } },
    ]);
  });

  it('refuses unknown or doubled headings, a file without names, an empty file and a huge one', () => {
    expect(readProcessesCsv('Name,Colour,Name\nA,red,B', []).problems).toEqual([
      { row: 1, column: 'Colour (B)', message: 'bia.import.errors.unknownColumn' },
      { row: 1, column: 'Name (C)', message: 'bia.import.errors.twice' },
    ]);
    expect(readProcessesCsv('Department\nFinance', []).problems).toEqual([
      { row: 1, column: '—', message: 'bia.import.errors.noName' },
    ]);
    expect(readProcessesCsv('\uFEFFName\r\n', []).problems).toEqual([
      { row: 2, column: '—', message: 'bia.import.errors.empty' },
    ]);
    const huge = ['Name', ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `P${i}`)].join('\n');
    expect(readProcessesCsv(huge, []).problems).toEqual([
      {
        row: MAX_IMPORT_ROWS + 2,
        column: '—',
        message: 'bia.import.errors.tooMany',
        vars: { max: MAX_IMPORT_ROWS },
      },
    ]);
  });
});

describe('importProcesses', () => {
  it('writes every process of a checked file into the workbook', async () => {
    const w = await createWorkbook({ title: 'W' });
    const { processes } = readProcessesCsv('Name,Criticality tier\nPayroll,1\n급여,2\n', []);
    expect(await valueOf(importProcesses(w.id, processes))).toBe(2);
    const stored = await listByWorkbook('biaProcesses', w.id);
    expect(stored.map((p) => [p.name, p.tier, p.workbookId])).toEqual([
      ['Payroll', 1, w.id],
      ['급여', 2, w.id],
    ]);
  });
});
