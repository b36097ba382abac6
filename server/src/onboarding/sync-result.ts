/** Why a sync job could not finish; the worker records the message on the inbox event and retries or parks it. */
export type SyncErrorCode = 'crm_write_failed' | 'unknown_portal' | 'merge_refused';

export interface SyncError {
  code: SyncErrorCode;
  message: string;
}

export type SyncResult<T> = { ok: true; value: T } | { ok: false; error: SyncError };

export function toSyncFailure(code: SyncErrorCode, message: string): { ok: false; error: SyncError } {
  return { ok: false, error: { code, message } };
}
