// Lint: TypeScript rules, module boundaries between bounded contexts, and the tenancy rules that
// make an unscoped query hard to write.
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '.data',
      'test-results',
      'coverage',
      '**/*.generated.ts',
      '**/vite.config.ts',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // A bounded context reaches another only through federation or events, never by import.
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:util', 'type:testing'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:util', 'type:feature'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:util', 'type:feature'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:util', 'type:feature', 'type:data-access', 'type:testing'],
            },
            { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:identity', 'scope:shared'] },
            // The portal talks to the API over HTTP only.
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    // Tests may read loosely typed GraphQL answers.
    files: [
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      '**/*.e2e-spec.ts',
      'libs/testing/**/*.ts',
      '**/isolation/**/*.ts',
      'bench/**/*.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Feature code reaches tables through tenant-scoped repositories: no raw DataSource or EntityManager.
    files: ['libs/*/src/**/*.ts'],
    ignores: [
      'libs/platform/**',
      'libs/testing/**',
      'libs/migrations/**',
      '**/*.repository.ts',
      '**/migrations/**',
      '**/seed/**',
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      '**/login-throttle.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              importNames: ['DataSource', 'EntityManager', 'getRepository', 'QueryRunner'],
              message:
                'Use a tenant-scoped repository (see libs/platform TenantRepository); raw connections bypass the tenant scope.',
            },
          ],
        },
      ],
    },
  },
  prettier,
];
