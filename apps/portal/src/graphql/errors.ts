// Turns GraphQL error payloads into what a form shows: a message per field and a message for the form.

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL';

export interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

const KNOWN_CODES: readonly ErrorCode[] = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
];

/** An error the API answered with. */
export class ApiError extends Error {
  constructor(readonly errors: readonly GraphQLErrorShape[]) {
    super(errors.map((error) => error.message).join('\n') || 'GraphQL error');
    this.name = 'ApiError';
  }

  get code(): ErrorCode {
    return errorCode(this.errors[0]);
  }

  hasCode(code: ErrorCode): boolean {
    return this.errors.some((error) => errorCode(error) === code);
  }
}

/** The request never got an answer we could read (offline, gateway down, proxy error page). */
export class NetworkError extends Error {
  constructor(readonly status?: number) {
    super(status ? `HTTP ${status}` : 'Network error');
    this.name = 'NetworkError';
  }
}

export function errorCode(error: GraphQLErrorShape | undefined): ErrorCode {
  const code = error?.extensions?.code;
  return KNOWN_CODES.find((known) => known === code) ?? 'INTERNAL';
}

/**
 * `extensions.field` names the input field at fault. It may come as `email`, `input.email` or
 * `input.members.0.email`; forms know their fields by the last name, so keep that one.
 */
export function fieldName(field: string): string {
  const parts = field.split('.').filter((part) => part !== '' && !/^\d+$/.test(part));
  return parts[parts.length - 1] ?? field;
}

export interface FormErrors {
  /** Message per form field, from the API's `extensions.field`. */
  fields: Record<string, string>;
  /** Message about the whole form (no field, or a field the form does not show). */
  form?: string;
  /** True when the message comes from a network failure: what was typed is kept, and the person may retry. */
  network?: boolean;
}

export const NO_ERRORS: FormErrors = { fields: {} };

/**
 * Maps an error to form errors. `knownFields` are the fields the form shows; a field error about any
 * other field is shown at form level, so no message is lost. `describe` gives the text for errors
 * whose message is not meant for people (network, internal).
 */
export function toFormErrors(
  error: unknown,
  knownFields: readonly string[],
  describe: (kind: 'network' | 'internal' | 'rateLimited') => string,
): FormErrors {
  if (error instanceof NetworkError) return { fields: {}, form: describe('network'), network: true };
  if (!(error instanceof ApiError)) return { fields: {}, form: describe('internal') };
  const fields: Record<string, string> = {};
  const formMessages: string[] = [];
  for (const item of error.errors) {
    const code = errorCode(item);
    if (code === 'TOO_MANY_REQUESTS') {
      formMessages.push(item.message || describe('rateLimited'));
      continue;
    }
    if (code === 'INTERNAL') {
      formMessages.push(describe('internal'));
      continue;
    }
    const field = typeof item.extensions?.field === 'string' ? fieldName(item.extensions.field) : undefined;
    if (field && knownFields.includes(field) && !fields[field]) fields[field] = item.message;
    else formMessages.push(item.message);
  }
  const unique = [...new Set(formMessages)];
  return unique.length ? { fields, form: unique.join(' ') } : { fields };
}
