// Reads a CSV of processes for bulk entry: the export's columns, headed in English or Korean, in
// any order and any subset (only Name is needed). Every cell is checked against the same rules as
// the editor; each problem names its spreadsheet row (the heading is row 1) and its column. The
// caller writes nothing unless the file has no problems at all.
import Papa from 'papaparse';
import {
  biaProcessSchema,
  IMPACT_CATEGORIES,
  IMPACT_LEVELS,
  objectiveProblems,
  OUTAGE_BUCKETS,
  emptyImpactGrid,
  type BiaProcess,
  type ImpactLevel,
} from '../../domain/bia';
import { CURRENCIES, type Currency } from '../../domain/workbook';
import { isoDateSchema } from '../../domain/common';
import type { Contact } from '../../domain/communications';
import { languages, type MessageKey, type Vars } from '../../i18n';
import { makeT } from '../../i18n/use-i18n';
import { processColumns, type CsvField } from './processes-csv';

export const MAX_IMPORT_ROWS = 2000;

/** A problem: `message` is a message key (with `vars`), shown with its row and column. */
export type ImportProblem = { row: number; column: string; message: MessageKey; vars?: Vars };

const META_KEYS = ['id', 'workbookId', 'createdAt', 'updatedAt', 'rev', 'deletedAt', 'order'] as const;

/** What the import writes for one row: the process's fields, without identity or metadata. */
export type ProcessInput = Omit<BiaProcess, (typeof META_KEYS)[number]>;

export type ImportResult = { processes: ProcessInput[]; problems: ImportProblem[] };

/** Headings compare without case, surrounding space or a spreadsheet's doubled spaces. */
const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Column letters as a spreadsheet shows them: A … Z, AA … */
const letter = (index: number): string => {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** Every heading the import knows, in every language, and the field it fills. */
function knownHeadings(): Map<string, CsvField> {
  const out = new Map<string, CsvField>();
  for (const lang of languages) {
    const t = makeT(lang);
    for (const c of processColumns(t)) out.set(norm(c.header), c.field);
    // The short headings of the plan's table ("Tier", "RTO", "등급") are fine too.
    out.set(norm(t('bia.colProcess')), 'name');
    out.set(norm(t('bia.colTier')), 'tier');
    out.set(norm(t('bia.pdf.colMtpd')), 'mtpd');
    out.set(norm(t('bia.pdf.colRto')), 'rto');
    out.set(norm(t('bia.pdf.colRpo')), 'rpo');
  }
  return out;
}

/** A level by its name in any language or its stored key ("Major", "큼", "major"). */
function levelNames(): Map<string, ImpactLevel> {
  const out = new Map<string, ImpactLevel>();
  for (const level of IMPACT_LEVELS) {
    out.set(level, level);
    for (const lang of languages) out.set(norm(makeT(lang)(`bia.level.${level}`)), level);
  }
  return out;
}

function yesNo(value: string): boolean | null {
  const v = norm(value);
  for (const lang of languages) {
    const t = makeT(lang);
    if (v === norm(t('bia.csvYes'))) return true;
    if (v === norm(t('bia.csvNo'))) return false;
  }
  if (['true', '1', 'y'].includes(v)) return true;
  if (['false', '0', 'n'].includes(v)) return false;
  return null;
}

/** The export defuses formula-looking text with a leading apostrophe; the import takes it off. */
const undefuse = (value: string) => (/^'[=+\-@]/.test(value) ? value.slice(1) : value);

/** Numbers as planners type them: "1,200,000", "₩ 5000", "$300". Empty is "not set". */
function readNumber(value: string): number | null | undefined {
  const cleaned = value.replace(/[\s,₩$€£¥]/g, '');
  if (cleaned === '') return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

const list = (value: string) =>
  value
    .split(/[;\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');

export function readProcessesCsv(
  text: string,
  contacts: readonly Contact[],
  /** The workbook's currency, for rows without one. */
  currency: Currency = 'KRW',
): ImportResult {
  const problems: ImportProblem[] = [];
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows = parsed.data;
  const header = rows[0] ?? [];
  const headings = knownHeadings();
  const fields: (CsvField | null)[] = [];
  const seen = new Set<CsvField>();
  const columnName = (i: number) => `${header[i]?.trim() || '?'} (${letter(i)})`;
  header.forEach((h, i) => {
    const field = headings.get(norm(h)) ?? null;
    if (field === null)
      problems.push({ row: 1, column: columnName(i), message: 'bia.import.errors.unknownColumn' });
    else if (seen.has(field))
      problems.push({ row: 1, column: columnName(i), message: 'bia.import.errors.twice' });
    seen.add(field as CsvField);
    fields.push(field);
  });
  if (!seen.has('name')) problems.push({ row: 1, column: '—', message: 'bia.import.errors.noName' });
  const data = rows
    .map((cells, i) => ({ cells, row: i + 1 }))
    .slice(1)
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (data.length === 0 && problems.length === 0) {
    problems.push({ row: 2, column: '—', message: 'bia.import.errors.empty' });
  }
  if (data.length > MAX_IMPORT_ROWS) {
    problems.push({
      row: MAX_IMPORT_ROWS + 2,
      column: '—',
      message: 'bia.import.errors.tooMany',
      vars: { max: MAX_IMPORT_ROWS },
    });
    return { processes: [], problems };
  }
  if (problems.length > 0) return { processes: [], problems };

  const levels = levelNames();
  const contactByName = new Map(contacts.map((c) => [norm(c.name), c.id]));
  const processes: ProcessInput[] = [];
  for (const { cells, row } of data) {
    const start = problems.length;
    const at = (i: number, message: MessageKey, vars?: Vars) =>
      problems.push({ row, column: columnName(i), message, vars });
    if (cells.length > header.length) {
      at(header.length, 'bia.import.errors.cells', { found: cells.length, expected: header.length });
      continue;
    }
    const impact = emptyImpactGrid();
    const input: Record<string, unknown> = { impact, money: OUTAGE_BUCKETS.map(() => null), currency };
    const columnOf = new Map<string, number>();
    fields.forEach((field, i) => {
      const raw = undefuse((cells[i] ?? '').trim());
      if (field === null || field === 'mtpdInForce') return;
      if (field.startsWith('impact.')) {
        const [, c, b] = field.split('.').map(Number);
        if (raw === '') return;
        const level = levels.get(norm(raw));
        if (level) impact[IMPACT_CATEGORIES[c!]!][b!] = level;
        else at(i, 'bia.import.errors.level');
        return;
      }
      if (field.startsWith('money.')) {
        const n = readNumber(raw);
        if (n === undefined) at(i, 'bia.import.errors.number');
        else (input.money as (number | null)[])[Number(field.split('.')[1])] = n;
        columnOf.set('money', i);
        return;
      }
      const key =
        {
          mtpd: 'mtpdHours',
          rto: 'rtoHours',
          rpo: 'rpoHours',
          owner: 'ownerContactId',
          deputy: 'deputyContactId',
        }[field as string] ?? field;
      columnOf.set(key, i);
      switch (field) {
        case 'tier': {
          const n = Number(raw);
          if (raw === '') return;
          if ([1, 2, 3, 4].includes(n)) input.tier = n;
          else at(i, 'bia.import.errors.tier');
          return;
        }
        case 'owner':
        case 'deputy': {
          if (raw === '') return;
          const id = contactByName.get(norm(raw));
          if (id) input[key] = id;
          else at(i, 'bia.import.errors.contact');
          return;
        }
        case 'mtpd':
        case 'rto':
        case 'rpo':
        case 'minimumStaff': {
          const n = readNumber(raw);
          if (n === undefined) at(i, 'bia.import.errors.number');
          else input[key] = n;
          return;
        }
        case 'currency': {
          if (raw === '') return;
          const code = raw.toUpperCase();
          if ((CURRENCIES as readonly string[]).includes(code)) input.currency = code;
          else at(i, 'bia.import.errors.currency');
          return;
        }
        case 'peakMonths': {
          const months = list(raw).map(Number);
          if (months.every((m) => Number.isInteger(m) && m >= 1 && m <= 12))
            input.peakMonths = [...new Set(months)];
          else at(i, 'bia.import.errors.months');
          return;
        }
        case 'peakMonthEnd': {
          if (raw === '') return;
          const v = yesNo(raw);
          if (v === null) at(i, 'bia.import.errors.yesNo');
          else input.peakMonthEnd = v;
          return;
        }
        case 'peakDates': {
          const dates = list(raw);
          if (dates.every((d) => isoDateSchema.safeParse(d).success)) input.peakDates = [...new Set(dates)];
          else at(i, 'bia.import.errors.dates');
          return;
        }
        default:
          input[field] = raw;
      }
    });
    const result = biaProcessSchema.safeParse({
      ...input,
      id: 'import',
      workbookId: 'import',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    if (!result.success) {
      // Cells already reported are not reported twice; the rest (length, required, range) are.
      for (const issue of result.error.issues) {
        const field = String(issue.path[0]);
        const i = columnOf.get(field) ?? fields.indexOf('name');
        if (!problems.slice(start).some((p) => p.column === columnName(i)))
          at(i, issue.message as MessageKey);
      }
      continue;
    }
    if (problems.length > start) continue;
    const rto = objectiveProblems(result.data).rto;
    if (rto) {
      at(columnOf.get('rtoHours')!, rto);
      continue;
    }
    const fieldsOnly: Record<string, unknown> = { ...result.data };
    for (const meta of META_KEYS) delete fieldsOnly[meta];
    processes.push(fieldsOnly as ProcessInput);
  }
  return { processes: problems.length === 0 ? processes : [], problems };
}
