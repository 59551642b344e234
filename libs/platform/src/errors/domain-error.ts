/** The error codes a client can act on; each becomes `extensions.code` in GraphQL. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
}

/**
 * Base of every context's exceptions: a code a program can switch on, a message a person can act on,
 * and optionally the input field at fault so forms can show the message beside it.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export const badInput = (message: string, field?: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.BadUserInput, message, field, details);
export const notFound = (message: string) => new DomainError(ErrorCode.NotFound, message);
export const forbidden = (message: string) => new DomainError(ErrorCode.Forbidden, message);
export const conflict = (message: string, field?: string) =>
  new DomainError(ErrorCode.Conflict, message, field);
export const unauthenticated = (message = 'Connectez-vous pour continuer.') =>
  new DomainError(ErrorCode.Unauthenticated, message);
