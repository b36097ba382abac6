import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import type { Clock, Store } from './index.ts';

/** What the card use cases need: the store, the time, and the ids of the inbox events they append. */
export interface CardDeps {
  store: Pick<Store, 'onboardings' | 'assessments' | 'inbox' | 'portalSettings'>;
  clock: Clock;
  /** A fresh id per inbox event (the inbox ignores a repeated id per portal and source). */
  createEventId: () => string;
  /** The playbooks a CSM can start an onboarding from. */
  templates: readonly PlaybookTemplate[];
}

/** Why a card request was refused, as data; the HTTP edge maps each code to its status. */
export interface CardError {
  code: 'not_found' | 'conflict' | 'invalid_request';
  message: string;
  issues?: { path: string; message: string }[];
}

export type CardResult<T> = { ok: true; value: T } | { ok: false; error: CardError };

export function refuse(
  code: CardError['code'],
  message: string,
  issues?: CardError['issues'],
): { ok: false; error: CardError } {
  return { ok: false, error: { code, message, ...(issues === undefined ? {} : { issues }) } };
}
