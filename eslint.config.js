// Lint: typescript-eslint (type-checked rules on src/, syntax-only on test/ and tooling, to keep
// `npm run check` quick), react-hooks, and the architecture's dependency rule, all enforced here:
//   - folders: domain ← db ← features ← app (the arrow points at the importer); a feature imports no
//     other feature; components, i18n and lib import no feature and not app; only src/cli and src/server import
//     src/cli or src/server (the sync server, Node code); domain imports no other src/ folder;
//   - packages: domain imports only zod; only db imports dexie; only features/plan-export imports
//     @react-pdf/*; only src/cli and src/server import Node built-ins in src/ (test/ and tooling may).
// Folder rules are import-x/no-restricted-paths zones (on resolved paths); package rules are
// no-restricted-imports, one complete list per folder because a later block replaces an earlier one.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Folder zones: files under `target` may not import files under `from`. */
const zones = [
  {
    target: './src/domain',
    from: ['./src/db', './src/features', './src/app', './src/components', './src/i18n', './src/lib'],
    message: 'domain/ is pure: it imports only zod and itself. Move the code it needs into domain/.',
  },
  {
    target: './src/db',
    from: ['./src/features', './src/app', './src/components'],
    message: 'db/ sits below features and app (domain ← db ← features ← app): pass what it needs in.',
  },
  {
    target: ['./src/components', './src/i18n', './src/lib'],
    from: ['./src/features', './src/app'],
    message: 'components/, i18n/ and lib/ serve every feature and import none: move the shared code down.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'app/ composes the features; features never import app/.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: `features/${feature} imports no other feature: move the shared code to domain/, components/ or lib/.`,
  })),
  {
    target: ['app', 'features', 'components', 'db', 'domain', 'i18n', 'lib'].map((dir) => `./src/${dir}`),
    from: './src/cli',
    message: 'src/cli is Node code (entry points of npm scripts): the app never imports it.',
  },
  {
    target: ['app', 'features', 'components', 'db', 'domain', 'i18n', 'lib'].map((dir) => `./src/${dir}`),
    from: './src/server',
    message: 'src/server is the Node sync server: the app never imports it.',
  },
];

const nodeBuiltins = {
  paths: builtinModules.map((name) => ({
    name,
    message: 'Node built-ins belong in src/cli (Node code); the app runs in the browser.',
  })),
  patterns: [
    {
      group: ['node:*'],
      message: 'Node built-ins belong in src/cli (Node code); the app runs in the browser.',
    },
  ],
};
const reactPdf = {
  patterns: [
    {
      group: ['@react-pdf/*'],
      message:
        'Only src/features/plan-export imports @react-pdf (the app loads it lazily, off the first screen).',
    },
  ],
};
const dexie = {
  paths: [{ name: 'dexie', message: 'Only src/db imports dexie: use the functions in src/db/.' }],
};
const onlyZod = {
  patterns: [{ regex: '^(?!zod(/|$)|\\.)', message: 'domain/ is pure: it imports only zod.' }],
};
/** One complete no-restricted-imports setting from several bans. */
const banned = (...bans) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: bans.flatMap((ban) => ban.paths ?? []),
      patterns: bans.flatMap((ban) => ban.patterns ?? []),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      'dev-dist',
      '.bench',
      'test/e2e/.results',
    ],
  },
  js.configs.recommended,
  { files: ['*.js'], languageOptions: { globals: globals.node } },
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['src/**/*.{ts,tsx}'] })),
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ['test/**/*.{ts,tsx}', '*.ts'] })),
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Type-aware promise rules (engineer D's block): a promise nobody awaits or handles is an error.
    // Writes go through the guarded write path (src/db/guarded-write.ts), which never rejects;
    // anything else is awaited or ends in .catch(reportUnexpected) or a handler of its own.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['test/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  // Package rules, folder by folder (each block lists everything banned there).
  { files: ['src/**/*.{ts,tsx}'], rules: banned(nodeBuiltins, reactPdf, dexie) },
  { files: ['src/db/**'], rules: banned(nodeBuiltins, reactPdf) },
  { files: ['src/domain/**'], rules: banned(onlyZod) },
  { files: ['src/features/plan-export/**'], rules: banned(nodeBuiltins, dexie) },
  { files: ['src/cli/**'], rules: banned(reactPdf, dexie) },
  { files: ['src/server/**'], rules: banned(reactPdf, dexie) },
);
