// The portal's operations are valid against the schema the code generator used, and stay within the
// gateway's depth limit (10 levels, each fragment spread counting as one).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import * as generated from './graphql.generated';

const root = join(__dirname, '..', '..', '..', '..');
const supergraph = join(root, 'apps/gateway/supergraph.graphql');
const schemaPath = existsSync(supergraph) ? supergraph : join(root, 'apps/portal/schema.fallback.graphql');
const schema = buildSchema(readFileSync(schemaPath, 'utf8'), { assumeValidSDL: true });
const GATEWAY_MAX_DEPTH = 10;

const operations = Object.entries(generated).filter(
  ([name, value]) => name.endsWith('Document') && value instanceof generated.TypedDocumentString,
);

describe('portal operations', () => {
  it('are all found', () => {
    expect(operations.length).toBeGreaterThan(15);
  });

  it.each(operations)('%s is valid and within the gateway depth limit', (_name, document) => {
    const errors = validate(schema, parse(String(document)), [
      ...specifiedRules,
      maxDepthRule({ n: GATEWAY_MAX_DEPTH, flattenFragments: false }),
    ]);
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
