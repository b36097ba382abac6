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
  error: { code: HttpErrorCode; message: string; issues?: ErrorIssue[] };
}

const STATUS_BY_CODE: Readonly<Record<HttpErrorCode, number>> = {
  invalid_request: 400,
  unauthorized: 401,
  invalid_signature: 401,
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
  return { error: { code, message, ...(issues === undefined ? {} : { issues: [...issues] }) } };
}

export function sendError(res: Response, code: HttpErrorCode, message: string, issues?: readonly ErrorIssue[]): void {
  res.status(toHttpStatus(code)).json(toErrorBody(code, message, issues));
}
