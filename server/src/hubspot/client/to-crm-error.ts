import type { CrmErrorCode } from '../../onboarding/ports/crm-gateway.ts';
import { HubSpotError } from './hubspot-error.ts';
import type { HubSpotErrorKind } from './hubspot-error.ts';

const codeByKind: Record<HubSpotErrorKind, CrmErrorCode> = {
  bad_request: 'rejected',
  not_found: 'not_found',
  conflict: 'conflict',
  unauthorized: 'unauthorized',
  forbidden: 'unauthorized',
  rate_limited: 'rate_limited',
  daily_limit: 'rate_limited',
  server: 'unavailable',
  network: 'unavailable',
  unexpected: 'unavailable',
};

export interface CrmError {
  code: CrmErrorCode;
  message: string;
}

/** The CRM-neutral error a write result carries. */
export function toCrmError(error: unknown): CrmError {
  if (error instanceof HubSpotError) return { code: codeByKind[error.kind], message: error.message };
  return { code: 'unavailable', message: error instanceof Error ? error.message : String(error) };
}

/**
 * A whole batch refused for one of its records (validation, conflict, unknown id) is worth splitting into
 * per-record calls; limits, auth and outages would fail every record the same way.
 */
export function decideSplitOnFailure(error: unknown): boolean {
  return error instanceof HubSpotError && ['bad_request', 'conflict', 'not_found'].includes(error.kind);
}
