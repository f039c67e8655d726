// Lint: the recommended JS and TypeScript rules, plus the project's own habits
// (no Math.random: randomness only through core's seeded streams; no console in core modules).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const coreFolders = ['core', 'physics', 'setup', 'sim', 'daq', 'reco', 'analysis', 'stats', 'sensitivity', 'plot'];

export default tseslint.config(
  { ignores: ['node_modules/', 'emiss-out/', 'dist/', 'coverage/', 'test-output/', 'scratch/', '.emiss-build/', '.emiss-build.*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded streams of src/core.' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: coreFolders.map((f) => `src/${f}/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], message: 'Core modules run in the browser too: no Node-only API (see DESIGN.md).' },
          { group: ['**/store/**', '**/cli/**', '**/cluster/**', '**/monitor/**'], message: 'A core module never imports store, cli, cluster or monitor.' },
        ],
      }],
    },
  },
);
