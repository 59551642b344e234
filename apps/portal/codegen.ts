// Generates the portal's typed GraphQL documents.
//   npx graphql-codegen --config apps/portal/codegen.ts
// The schema is the gateway's committed supergraph when it exists, else the fallback written from
// docs/identity-api.md.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const root = join(__dirname, '..', '..');
const supergraph = join(root, 'apps/gateway/supergraph.graphql');
const fallback = join(root, 'apps/portal/schema.fallback.graphql');

const config: CodegenConfig = {
  overwrite: true,
  schema: existsSync(supergraph) ? supergraph : fallback,
  documents: [join(root, 'apps/portal/src/graphql/operations.graphql')],
  generates: {
    [join(root, 'apps/portal/src/graphql/graphql.generated.ts')]: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: true },
        scalars: { DateTime: 'string', ID: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
