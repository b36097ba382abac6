import type { Response } from 'express';
import type { CardErrorCode, ErrorIssue } from '@liftoff/shared/contract/index';

/**
 * Errors on the wire are data with a closed set of codes: `{ error: { code, message, issues? } }`.
 * The card API's codes (shared contract) plus those only the service's edge raises. Each code has exactly one
 * HTTP status, so handlers name what went wrong and never pick numbers.
 */
export type HttpErrorCode =
  CardErrorCode | 'unauthorized' | 'payload_too_large' | 'unsupported_media_type' | 'not_ready';

export type { ErrorIssue } from '@liftoff/shared/contract/index';

export interface ErrorBody {
  /** `issueCount` is sent only when `issues` was cut to its first MAX_ERROR_ISSUES: the number there were. */
  error: { code: HttpErrorCode; message: string; issues?: ErrorIssue[]; issueCount?: number };
}

/**
 * An error answer stays small whatever the request: a caller fixes the first few issues, and 20 show the pattern.
 * Unbounded, an error answer grows with the request (a 200 KB invalid body once answered 7.7 MB). Paths and messages are cut too,
 * since a path repeats the caller's keys.
 */
export const MAX_ERROR_ISSUES = 20;
export const MAX_ISSUE_TEXT = 200;

const STATUS_BY_CODE: Readonly<Record<HttpErrorCode, number>> = {
  invalid_request: 400,
  unauthorized: 401,
  invalid_signature: 401,
  // A verified request naming a portal this deployment does not serve, or (several portals) naming none: it reaches
  // no portal's data (decide-request-portal.ts).
  portal_not_served: 403,
  portal_required: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  hubspot_unavailable: 503,
  not_ready: 503,
};

/** Thrown by handlers (or passed to `next`) when a request fails for a known reason; the error handler renders it. */
export class HttpError extends Error {
  readonly code: HttpErrorCode;
  readonly issues: ErrorIssue[] | undefined;

  constructor(code: HttpErrorCode, message: string, issues?: ErrorIssue[]) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    this.issues = issues;
  }
}

export function toHttpStatus(code: HttpErrorCode): number {
  return STATUS_BY_CODE[code];
}

export function toErrorBody(code: HttpErrorCode, message: string, issues?: readonly ErrorIssue[]): ErrorBody {
  if (issues === undefined) return { error: { code, message } };
  const shown = issues.slice(0, MAX_ERROR_ISSUES).map((issue) => ({
    path: truncate(issue.path),
    message: truncate(issue.message),
  }));
  const count = issues.length > MAX_ERROR_ISSUES ? { issueCount: issues.length } : {};
  return { error: { code, message, issues: shown, ...count } };
}

function truncate(text: string): string {
  return text.length <= MAX_ISSUE_TEXT ? text : `${text.slice(0, MAX_ISSUE_TEXT - 1)}…`;
}

export function sendError(res: Response, code: HttpErrorCode, message: string, issues?: readonly ErrorIssue[]): void {
  res.status(toHttpStatus(code)).json(toErrorBody(code, message, issues));
}
