// The architecture's dependency rule, as eslint.config.js enforces it: each breach below fails lint
// with its rule, and the allowed imports next to it pass. (Type-aware rules are switched off here:
// the scratch files do not exist on disk, so no TypeScript project holds them.)
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    overrideConfig: [
      { ...tseslint.configs.disableTypeChecked, files: ['**/*.ts'] },
      { files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: false } } },
    ],
  });
});

async function lintErrors(file: string, code: string) {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath: file });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);
}

const zone = 'import-x/no-restricted-paths';
const banned = 'no-restricted-imports';

const breaches: [string, string, string, string][] = [
  ['domain imports db', 'src/domain/x.ts', "import { getDb as x } from '../db/db';", zone],
  ['domain imports a package other than zod', 'src/domain/x.ts', "import x from 'react';", banned],
  [
    'db imports a feature',
    'src/db/x.ts',
    "import { WorkbookListPage as x } from '../features/workbooks/workbook-list-page';",
    zone,
  ],
  [
    'a feature imports another feature',
    'src/features/incidents/x.ts',
    "import { useScenarios as x } from '../scenarios/data';",
    zone,
  ],
  ['a feature imports app', 'src/features/storage/x.ts', "import { App as x } from '../../app/app';", zone],
  ['components import app', 'src/components/x.ts', "import { steps as x } from '../app/steps';", zone],
  ['lib imports a feature', 'src/lib/x.ts', "import x from '../features/plan-export/export-page';", zone],
  [
    'i18n imports a feature',
    'src/i18n/x.ts',
    "import { useStorageHealth as x } from '../features/storage/use-storage-health';",
    zone,
  ],
  [
    'the app imports src/cli',
    'src/features/plan-export/document/x.ts',
    "import { renderPlanInNode as x } from '../../../cli/plan-render';",
    zone,
  ],
  [
    'the app imports src/server',
    'src/db/x.ts',
    "import { startSyncServer as x } from '../server/sync-server';",
    zone,
  ],
  ['src/server imports dexie', 'src/server/x.ts', "import x from 'dexie';", banned],
  [
    'react-pdf outside plan-export',
    'src/features/scenarios/x.ts',
    "import { Text as x } from '@react-pdf/renderer';",
    banned,
  ],
  ['react-pdf in app', 'src/app/x.ts', "import { Font as x } from '@react-pdf/renderer';", banned],
  [
    'node: built-in in a feature',
    'src/features/scenarios/x.ts',
    "import { readFileSync as x } from 'node:fs';",
    banned,
  ],
  ['bare Node built-in in lib', 'src/lib/x.ts', "import { join as x } from 'path';", banned],
  [
    'Node built-in in plan-export',
    'src/features/plan-export/x.ts',
    "import { existsSync as x } from 'node:fs';",
    banned,
  ],
  ['dexie outside db', 'src/features/workbooks/x.ts', "import x from 'dexie';", banned],
];

const allowed: [string, string, string][] = [
  [
    'a feature imports domain, db, components, i18n and lib',
    'src/features/scenarios/x.ts',
    "import { severityOf as x } from '../../domain/scenario';\nimport '../../db/records';\nimport '../../components/toast';\nimport '../../i18n/use-i18n';\nimport '../../lib/dates';",
  ],
  [
    'a feature imports its own files',
    'src/features/scenarios/x.ts',
    "import { filterScenarios as x } from './list-filter';",
  ],
  ['domain imports zod and itself', 'src/domain/x.ts', "import { z as x } from 'zod';\nimport './scenario';"],
  ['db imports dexie', 'src/db/x.ts', "import x from 'dexie';"],
  [
    'plan-export imports react-pdf',
    'src/features/plan-export/document/x.ts',
    "import { Text as x } from '@react-pdf/renderer';",
  ],
  [
    'src/cli imports Node and the PDF document',
    'src/cli/x.ts',
    "import { readFileSync as x } from 'node:fs';\nimport '../features/plan-export/document/render-buffer';",
  ],
  [
    'src/server imports Node and src/cli',
    'src/server/x.ts',
    "import { createServer as x } from 'node:http';\nimport '../cli/app-handler';",
  ],
  [
    'app composes features',
    'src/app/x.ts',
    "import { WorkbookListPage as x } from '../features/workbooks/workbook-list-page';",
  ],
];

describe('the dependency rule', () => {
  it.each(breaches)('refuses: %s', async (_name, file, code, rule) => {
    expect(await lintErrors(file, code)).toEqual([rule]);
  });
  it.each(allowed)('allows: %s', async (_name, file, code) => {
    expect(await lintErrors(file, code)).toEqual([]);
  });
});
