// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Each src/features/<name> may not reach into a sibling feature's files. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Each workers/jobs/<name> holds one feature's jobs; shared/ sits below them all. */
const jobFeatures = readdirSync(new URL('./workers/jobs', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .map((d) => d.name);

/** The app's own src/, reached by relative paths (a package's "pkg/src/x" is not it). */
const APP_SRC = [
  '../src',
  '../src/**',
  '../../src',
  '../../src/**',
  '../../../src',
  '../../../src/**',
  '../../../../src/**',
];

/**
 * Relative import paths that reach the top folder `src/<name>` from a file at most four folders
 * below src/ (imports inside that folder are `./x` or `../x` and never match).
 */
const srcFolder = (name) =>
  ['..', '../..', '../../..', '../../../..'].flatMap((up) => [`${up}/${name}`, `${up}/${name}/**`]);

/** src/ in layers, top to bottom: app (the shell) > features > components > shared > engine. */
const notTheShell = {
  group: [...srcFolder('app'), ...srcFolder('bench')],
  message:
    'Features never import the shell (src/app/) or the bench page: the shell imports the features. Move what several features need into src/shared/.',
};

const toWorkers = {
  group: ['**/workers/**', '!**/workers/api', '!**/workers/api.ts'],
  allowTypeImports: true,
  message:
    'src/ talks to workers only through src/engine/ (import type from workers/api.ts is fine). Add a method to the engine facade instead.',
};

const workersRealm = {
  group: [...APP_SRC, 'react', 'react-dom', 'react/*'],
  message:
    'workers/ never imports from src/ or React: the worker realm has no DOM. Move shared code into workers/core/.',
};

/** What a folder of workers/jobs/ may not import: the named features and the worker compositions above them. */
const jobsAbove = (others) => ({
  group: [
    ...others.flatMap((f) => [`**/jobs/${f}/**`, `../${f}`, `../${f}/**`]),
    '../*.ts',
    '**/jobs/*Api.ts',
  ],
  message:
    'Inside workers/jobs/, a feature imports only workers/core/, workers/storage/, workers/api/ and workers/jobs/shared/; shared/ imports no feature. What a feature needs from another (its scores, its kept analysis) goes through a typed accessor in shared/; jobs that use another feature’s jobs get them handed in by the worker’s composition (workers/jobs/<worker>Api.ts), the only place that imports every feature.',
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'bench-out',
      'reference-out',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
      'public',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [toWorkers] }],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            toWorkers,
            {
              group: ['app', 'features', 'engine', 'bench'].flatMap(srcFolder),
              message:
                'src/components/ holds presentational pieces with no app knowledge: they import only src/shared/ (and packages). Pass data and callbacks in as props.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            toWorkers,
            {
              group: ['app', 'features', 'components', 'bench'].flatMap(srcFolder),
              message:
                'src/shared/ sits below the features and the components: it imports only src/engine/ (and packages). Keep a piece that needs more in the feature that uses it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine is src/'s door to the workers, so it may import from workers/; nothing of the page.
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['app', 'shared', 'features', 'components', 'bench'].flatMap(srcFolder),
              message:
                "src/engine/ is the bottom of src/: the page's only door to the workers, it imports nothing from the page above it.",
            },
          ],
        },
      ],
    },
  },
  ...features.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            toWorkers,
            notTheShell,
            {
              group: features
                .filter((f) => f !== name)
                .flatMap((f) => [`**/features/${f}/**`, `../${f}`, `../${f}/**`, `../../${f}/**`]),
              message: `A feature never reaches into another feature's files. Move what src/features/${name} needs into src/shared/ (or src/components/ for a presentational piece).`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['workers/**/*.ts'],
    languageOptions: { globals: globals.worker },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [workersRealm] }],
    },
  },
  ...jobFeatures.map((name) => ({
    files: [`workers/jobs/${name}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [workersRealm, jobsAbove(jobFeatures.filter((f) => f !== name))] },
      ],
    },
  })),
  {
    files: ['workers/jobs/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [workersRealm, jobsAbove(jobFeatures)] },
      ],
    },
  },
  {
    files: ['workers/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...APP_SRC, 'react', 'react-dom', 'react/*'],
              message:
                'workers/core/ is pure TypeScript shared by workers, the CLI and tests: no React, no src/.',
            },
            {
              group: [
                'comlink',
                'idb',
                '**/workers/api',
                '**/api.ts',
                '**/*.worker',
                '**/*.worker.ts',
                '**/jobs/**',
                '**/storage/**',
                '../../*',
                '!../../core/*',
              ],
              message:
                'workers/core/ imports nothing app-level (no Comlink, IndexedDB, jobs, storage or worker entry points). Keep it pure so the CLI and tests can call it; pass what it needs as arguments.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs,js}', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
