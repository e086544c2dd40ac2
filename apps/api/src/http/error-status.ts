import type { ErrorCode } from '@maillon/domain';

/** The one table from domain error codes to HTTP statuses (style.md, "Errors"). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID: 422,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  ILLEGAL_TRANSITION: 409,
  INTERNAL: 500,
};
