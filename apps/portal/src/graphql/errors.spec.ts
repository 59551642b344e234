import { ApiError, fieldName, NetworkError, toFormErrors } from './errors';

const describe_ = (kind: string) => `<${kind}>`;

describe('fieldName', () => {
  it('keeps the last named segment of extensions.field', () => {
    expect(fieldName('email')).toBe('email');
    expect(fieldName('input.email')).toBe('email');
    expect(fieldName('input.members.0.email')).toBe('email');
  });
});

describe('toFormErrors', () => {
  it('puts a message beside the field the API names', () => {
    const error = new ApiError([
      {
        message: 'Le mot de passe doit compter au moins 12 caractères.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.newPassword' },
      },
    ]);
    expect(toFormErrors(error, ['currentPassword', 'newPassword'], describe_)).toEqual({
      fields: { newPassword: 'Le mot de passe doit compter au moins 12 caractères.' },
    });
  });

  it('shows at form level what no field of the form can hold', () => {
    const error = new ApiError([
      { message: 'Identifiants incorrects.', extensions: { code: 'UNAUTHENTICATED' } },
      { message: 'Jeton inconnu.', extensions: { code: 'BAD_USER_INPUT', field: 'token' } },
    ]);
    expect(toFormErrors(error, ['email'], describe_)).toEqual({
      fields: {},
      form: 'Identifiants incorrects. Jeton inconnu.',
    });
  });

  it('says when the network failed, so the form can say the input was kept', () => {
    expect(toFormErrors(new NetworkError(), ['email'], describe_)).toEqual({
      fields: {},
      form: '<network>',
      network: true,
    });
  });

  it('hides internal error text from people', () => {
    const error = new ApiError([
      { message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(toFormErrors(error, [], describe_).form).toBe('<internal>');
    expect(toFormErrors(new Error('boom'), [], describe_).form).toBe('<internal>');
  });

  it('knows the error code', () => {
    const error = new ApiError([{ message: 'x', extensions: { code: 'NOT_FOUND' } }]);
    expect(error.code).toBe('NOT_FOUND');
    expect(error.hasCode('NOT_FOUND')).toBe(true);
    expect(error.hasCode('FORBIDDEN')).toBe(false);
  });
});
