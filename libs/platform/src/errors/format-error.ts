import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ValidationError } from 'class-validator';
import { DomainError, ErrorCode } from './domain-error';
import { InvalidTokenError } from '../auth/token-verifier';
import { MissingTenantError } from '../tenancy/request-context';

interface NestHttpLike {
  getStatus?: () => number;
  getResponse?: () => unknown;
}

/** Flattens class-validator errors into one message per field, the first constraint of each. */
export function validationMessages(
  errors: ValidationError[],
  prefix = '',
): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {})
      .slice(0, 1)
      .map((message) => ({ field, message }));
    return [...own, ...validationMessages(error.children ?? [], field)];
  });
}

/**
 * Maps whatever a resolver threw to a GraphQL error a person can act on. Unknown errors become
 * INTERNAL_SERVER_ERROR without their message, so that no SQL or stack leaks to clients.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...original.details,
      },
    };
  }
  if (original instanceof InvalidTokenError) {
    return { ...base, message: original.message, extensions: { code: ErrorCode.Unauthenticated } };
  }
  if (original instanceof MissingTenantError) {
    return {
      ...base,
      message: 'Cette opération se fait dans un territoire : connectez-vous à un territoire.',
      extensions: { code: ErrorCode.Forbidden },
    };
  }
  const http = original as NestHttpLike | undefined;
  if (http && typeof http.getStatus === 'function') {
    const status = http.getStatus();
    const response = http.getResponse?.() as {
      message?: unknown;
      fields?: { field: string; message: string }[];
    };
    if (status === 400) {
      const fields = response?.fields ?? [];
      const first = fields[0];
      return {
        ...base,
        message: first?.message ?? String(response?.message ?? formatted.message),
        extensions: { code: ErrorCode.BadUserInput, ...(first ? { field: first.field } : {}), fields },
      };
    }
    if (status === 401) return { ...base, extensions: { code: ErrorCode.Unauthenticated } };
    if (status === 403)
      return {
        ...base,
        message: 'Votre rôle ne permet pas cette opération.',
        extensions: { code: ErrorCode.Forbidden },
      };
  }
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' || code === 'GRAPHQL_PARSE_FAILED') {
    return { ...base, extensions: { code: ErrorCode.BadUserInput } };
  }
  // Unexpected: the client gets no detail, the log gets all of it.
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'error', message: 'unexpected GraphQL error', path: formatted.path, error: original instanceof Error ? original.stack : String(original) })}\n`,
  );
  return {
    ...base,
    message: 'Erreur interne : réessayez ; si elle persiste, signalez-la.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
