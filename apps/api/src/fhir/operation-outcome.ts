import { DomainError, type ErrorCode } from '@maillon/domain';
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';

/** FHIR issue types (http://hl7.org/fhir/issue-type) the interface answers with. */
export type IssueCode = OperationOutcomeIssue['code'];

/** The media type of every /fhir answer (FHIR R4 http.html#mime-type). */
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** An error of the FHIR interface with its HTTP status and issue type (docs/reference/slots.md §4). */
export class FhirError extends Error {
  readonly status: number;
  readonly issue: IssueCode;
  readonly expression: string | undefined;
  constructor(status: number, issue: IssueCode, message: string, expression?: string) {
    super(message);
    this.name = 'FhirError';
    this.status = status;
    this.issue = issue;
    this.expression = expression;
  }
}

/** A bad search parameter: 400, naming it (FHIR R4 search.html#errors). */
export const badParameter = (name: string, message: string) => new FhirError(400, 'invalid', message, name);

/** The domain's closed error set as FHIR statuses and issue types (same statuses as http/error-status.ts). */
const DOMAIN: Record<ErrorCode, { status: number; issue: IssueCode }> = {
  INVALID: { status: 422, issue: 'invalid' },
  NOT_FOUND: { status: 404, issue: 'not-found' },
  CONFLICT: { status: 409, issue: 'conflict' },
  FORBIDDEN: { status: 403, issue: 'forbidden' },
  UNAUTHENTICATED: { status: 401, issue: 'login' },
  RATE_LIMITED: { status: 429, issue: 'throttled' },
  ILLEGAL_TRANSITION: { status: 409, issue: 'business-rule' },
  INTERNAL: { status: 500, issue: 'exception' },
};

export function operationOutcome(
  issues: { severity: OperationOutcomeIssue['severity']; code: IssueCode; diagnostics: string; expression?: string | undefined }[],
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: issues.map(({ expression, ...issue }) => ({ ...issue, ...(expression ? { expression: [expression] } : {}) })),
  };
}

/** The status and OperationOutcome of a FhirError or DomainError; undefined for anything else. */
export function outcomeOf(error: unknown): { status: number; body: OperationOutcome } | undefined {
  if (error instanceof FhirError) {
    return {
      status: error.status,
      body: operationOutcome([{ severity: 'error', code: error.issue, diagnostics: error.message, expression: error.expression }]),
    };
  }
  if (error instanceof DomainError) {
    const { status, issue } = DOMAIN[error.code];
    return { status, body: operationOutcome([{ severity: 'error', code: issue, diagnostics: error.message, expression: error.field }]) };
  }
  return undefined;
}
