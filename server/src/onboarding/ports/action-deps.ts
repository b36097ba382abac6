import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import type { Clock, Store } from './index.ts';

/** What the use cases a person drives (card, settings page, workflow action) need: the store, the time, and the ids of the inbox events they append. */
export interface ActionDeps {
  store: Pick<Store, 'onboardings' | 'assessments' | 'inbox' | 'portalSettings' | 'syncState'>;
  clock: Clock;
  /** A fresh id per inbox event (the inbox ignores a repeated id per portal and source). */
  createEventId: () => string;
  /** The playbooks a CSM can start an onboarding from. */
  templates: readonly PlaybookTemplate[];
}

/** Why a person's request was refused, as data; the HTTP edge maps each code to its status. */
export interface ActionError {
  code: 'not_found' | 'conflict' | 'invalid_request';
  message: string;
  issues?: { path: string; message: string }[];
}
