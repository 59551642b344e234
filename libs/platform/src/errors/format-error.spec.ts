import { GraphQLError } from 'graphql';
import { BadRequestException } from '@nestjs/common';
import { badInput } from './domain-error';
import { formatGraphQLError } from './format-error';

const format = (error: unknown) =>
  formatGraphQLError({ message: 'x' }, new GraphQLError('x', { originalError: error as Error }));

describe('GraphQL error mapping', () => {
  it('carries the code and the field of a domain error', () => {
    expect(format(badInput('Le SIRET est invalide.', 'siret'))).toMatchObject({
      message: 'Le SIRET est invalide.',
      extensions: { code: 'BAD_USER_INPUT', field: 'siret' },
    });
  });

  it('turns input validation into BAD_USER_INPUT with the first field', () => {
    const error = new BadRequestException({
      message: 'E-mail',
      fields: [{ field: 'email', message: 'Saisissez une adresse e-mail valide.' }],
    });
    expect(format(error)).toMatchObject({
      message: 'Saisissez une adresse e-mail valide.',
      extensions: { code: 'BAD_USER_INPUT', field: 'email' },
    });
  });

  it('hides the details of an unexpected error', () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const result = format(new Error('relation "secret_table" does not exist'));
    write.mockRestore();
    expect(result.message).not.toContain('secret_table');
    expect(result.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
