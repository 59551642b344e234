import { readFileSync } from 'node:fs';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { SUPERGRAPH_PATH } from './subgraphs';

/** The API is documented where its users read it: every type, field, argument and enum value says what it is. */
describe('the public schema', () => {
  const schema = buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'), { assumeValidSDL: true });
  // Federation's own plumbing is not part of the API people use.
  const ours = Object.values(schema.getTypeMap()).filter(
    (type) =>
      !type.name.startsWith('__') &&
      !type.name.startsWith('join__') &&
      !type.name.startsWith('link__') &&
      !['Query', 'Mutation'].includes(type.name) &&
      !(isScalarType(type) && isSpecifiedScalarType(type)),
  );

  it('describes every type', () => {
    expect(ours.filter((type) => !type.description).map((type) => type.name)).toEqual([]);
  });

  it('describes every field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of [...ours, schema.getQueryType(), schema.getMutationType()]) {
      if (!type) continue;
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith('_')) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
