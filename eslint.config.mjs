import tseslint from 'typescript-eslint';

// Module boundaries from docs/architecture (design.md): the simulator and the lesson engine are pure.
const PURE_FORBIDDEN = {
  paths: ['react', 'react-dom', 'next', 'zustand', 'monaco-editor', 'monaco-yaml', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util'].map(
    (name) => ({ name, message: 'lib/sim and lib/lesson are pure: no UI, no Node built-ins.' }),
  ),
  patterns: [
    {
      group: ['next/*', 'react/*', 'react-dom/*', '@xterm/*', 'monaco-editor/*', 'node:*'],
      message: 'lib/sim and lib/lesson are pure: no UI, no Node built-ins.',
    },
    {
      group: ['@/components/*', '@/app/*', '@/lib/state/*', '@/lib/content/*', '**/components/*', '**/lib/state/*', '**/lib/content/*'],
      message: 'lib/sim and lib/lesson may not import UI, state or content.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', '.next/**', 'out/**', 'test-results/**', 'playwright-report/**', '**/*.generated.*', 'next-env.d.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    files: ['lib/sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...PURE_FORBIDDEN,
          patterns: [...PURE_FORBIDDEN.patterns, { group: ['@/lib/lesson*', '**/lib/lesson/*'], message: 'lib/sim does not depend on lib/lesson.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'process'],
    },
  },
  {
    // Event mode's engine (flags, scoring, scripted solves) is pure like lib/lesson.
    files: ['lib/lesson/**/*.ts', 'lib/event/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', PURE_FORBIDDEN],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'process'],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      // Types of the content model may be shared (erased at build time); code may not, except
      // lib/content/shared (types and routes, nothing of Node: tests/unit/content/shared.test.ts).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path'], message: 'components never import Node built-ins.', allowTypeImports: true },
            {
              regex: '^@/lib/content(?!/shared$)(/.*)?$',
              message: 'components never import server-only content loading (lib/content/shared holds what they may use).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
