/** Why a sync job could not finish; the worker records the message on the inbox event and retries or parks it. */
export type SyncErrorCode = 'crm_write_failed' | 'unknown_portal' | 'merge_refused' | 'start_date_out_of_window';

export interface SyncError {
  code: SyncErrorCode;
  message: string;
}

/**
 * Whether trying again later can help: a refused HubSpot write may pass after an outage or a rate-limit storm;
 * a refused merge, an unknown portal or a close date outside the start window waits for a person, so the event is
 * parked at once with its error.
 */
export function isRetryableSyncError(code: SyncErrorCode): boolean {
  return code === 'crm_write_failed';
}
