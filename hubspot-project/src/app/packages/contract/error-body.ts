export const cardErrorCodes = [
  'invalid_signature',
  'invalid_request',
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

/** Every non-2xx answer of the card API. */
export interface ErrorBody {
  error: { code: CardErrorCode; message: string; issues?: ErrorIssue[] };
}
