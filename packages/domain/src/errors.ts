/**
 * The closed set of error codes the whole system speaks. The API maps each one to an
 * HTTP status in exactly one table (apps/api/src/http/error-status.ts).
 */
export const ERROR_CODES = [
  'INVALID',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'ILLEGAL_TRANSITION',
  /** The unexpected (a bug, the database unreachable): never caused by the request's content. */
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A business or validation error: a code, a French message and the offending field path. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
  }
}

export const invalid = (field: string, message: string) => new DomainError('INVALID', message, field);
export const notFound = (message: string) => new DomainError('NOT_FOUND', message);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const conflict = (message: string, field?: string) => new DomainError('CONFLICT', message, field);
