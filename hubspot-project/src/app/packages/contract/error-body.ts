export const cardErrorCodes = [
  'invalid_signature',
  'invalid_request',
  'portal_not_served',
  'portal_required',
  'not_found',
  'conflict',
  'hubspot_unavailable',
  'rate_limited',
  'internal',
] as const;
export type CardErrorCode = (typeof cardErrorCodes)[number];

export interface ErrorIssue {
  path: string;
  message: string;
}

/**
 * The one mapping of parse issues (a zod error's `issues`) to the wire's issues: the path joined with dots. It lives
 * beside ErrorIssue, typed structurally (the contract stays dependency-free), so the HTTP edge and the settings
 * parsers of server/src/onboarding (which also read stored settings, and must not import server/src/http) share it.
 */
export function toErrorIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Every non-2xx answer of the card API. */
export interface ErrorBody {
  error: { code: CardErrorCode; message: string; issues?: ErrorIssue[] };
}
