// `npm run plan:pdf -- <backup.json> <out.pdf> [--lang en|ko] [--summary] [--card wallet|role] [--workbook <id or title>]`
// Renders the printed plan (or, with --card, the wallet cards or the role cards) from a backup
// file, with the same components the app uses.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseBackup } from '../db/backup';
import type { BackupEnvelope } from '../domain/backup';
import { childTableNames, type WorkbookSnapshot } from '../domain/tables';
import { renderPlanInNode } from './plan-render';
import type { DocumentKind } from '../features/plan-export/document/cards/card-document';
import { planSections, summarySections } from '../features/plan-export/document/options';

const USAGE =
  'Usage: npm run plan:pdf -- <backup.json> <out.pdf> [--lang en|ko] [--summary] [--card wallet|role] [--workbook <id or title>]';

/** --card's values and the document each one prints. */
const cardKinds: Record<string, DocumentKind> = { wallet: 'walletCard', role: 'roleCards' };

export class CliError extends Error {}

type Args = {
  input: string;
  output: string;
  lang: 'en' | 'ko';
  summary: boolean;
  workbook: string | null;
  kind: DocumentKind;
};

export function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  let lang: 'en' | 'ko' = 'en';
  let summary = false;
  let workbook: string | null = null;
  let kind: DocumentKind = 'plan';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--summary') summary = true;
    else if (arg === '--lang') {
      const value = argv[++i];
      if (value !== 'en' && value !== 'ko')
        throw new CliError(`--lang must be "en" or "ko", not "${value ?? ''}".`);
      lang = value;
    } else if (arg === '--card') {
      const value = argv[++i] ?? '';
      const found = Object.hasOwn(cardKinds, value) ? cardKinds[value] : undefined;
      if (!found) throw new CliError(`--card must be "wallet" or "role", not "${value}".`);
      kind = found;
    } else if (arg === '--workbook') {
      workbook = argv[++i] ?? null;
      if (!workbook) throw new CliError('--workbook needs an id or a title.');
    } else if (arg.startsWith('--')) throw new CliError(`Unknown option ${arg}.`);
    else positional.push(arg);
  }
  if (positional.length !== 2) throw new CliError('Give exactly one backup file and one output file.');
  return { input: positional[0]!, output: positional[1]!, lang, summary, workbook, kind };
}

/** One workbook's records out of a backup envelope. */
export function snapshotFromBackup(
  envelope: BackupEnvelope,
  which: string | null,
  note: (line: string) => void = () => undefined,
): WorkbookSnapshot {
  const workbooks = envelope.data.workbooks.filter((w) => w.deletedAt === null);
  if (workbooks.length === 0) throw new CliError('The backup holds no workbook.');
  let workbook = workbooks[0]!;
  if (which !== null) {
    const found = workbooks.find((w) => w.id === which) ?? workbooks.find((w) => w.title === which);
    if (!found) {
      const names = workbooks.map((w) => `"${w.title}" (${w.id})`).join(', ');
      throw new CliError(`No workbook "${which}" in the backup. It holds: ${names}.`);
    }
    workbook = found;
  } else if (workbooks.length > 1) {
    note(
      `The backup holds ${workbooks.length} workbooks; printing the first, "${workbook.title}". Choose another with --workbook <id or title>.`,
    );
  }
  const snapshot = { workbook } as WorkbookSnapshot;
  for (const table of childTableNames) {
    (snapshot as Record<string, unknown>)[table] = (envelope.data[table] as { workbookId: string }[]).filter(
      (r) => r.workbookId === workbook.id,
    );
  }
  return snapshot;
}

const problemText: Record<string, string> = {
  empty: 'the file is empty',
  tooLarge: 'the file is too large',
  notJson: 'the file is not JSON',
  truncated: 'the file is cut short',
  otherFormat: 'this is not a Continuity Workbook backup',
  newerVersion: 'the backup comes from a newer version of the app',
  invalid: 'the backup does not pass validation',
  inconsistent: 'the backup is inconsistent',
};

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    let raw: string;
    try {
      raw = readFileSync(args.input, 'utf8');
    } catch (error) {
      throw new CliError(`Cannot read ${args.input}: ${(error as Error).message}`);
    }
    const parsed = parseBackup(raw);
    if (!parsed.ok) {
      const { problem } = parsed;
      const detail = 'detail' in problem ? ` (${problem.detail})` : '';
      throw new CliError(
        `Cannot print ${args.input}: ${problemText[problem.code] ?? problem.code}${detail}.`,
      );
    }
    const snapshot = snapshotFromBackup(parsed.envelope, args.workbook, (line) => console.error(line));
    const pdf = await renderPlanInNode(
      snapshot,
      {
        lang: args.lang,
        summary: args.summary,
        sections: args.summary ? summarySections : planSections,
      },
      args.kind,
    );
    try {
      writeFileSync(args.output, pdf);
    } catch (error) {
      throw new CliError(`Cannot write ${args.output}: ${(error as Error).message}`);
    }
    console.log(`Wrote ${args.output} (${Math.round(pdf.length / 1024)} KiB).`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`plan:pdf: ${error.message}\n${USAGE}`);
      return 2;
    }
    console.error(
      `plan:pdf: the PDF could not be rendered: ${error instanceof Error ? error.stack : String(error)}`,
    );
    return 1;
  }
}

if (process.argv[1] && /plan-pdf\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
