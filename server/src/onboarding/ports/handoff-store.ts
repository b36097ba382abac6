import type { Handoff } from '@liftoff/shared/domain/index';
import type { DealContacts } from './records/deal-contacts.ts';

export interface HandoffStore {
  get(portalId: string, dealId: string): Promise<Handoff | null>;
  /** Replaces the deal's whole handoff. */
  save(handoff: Handoff): Promise<void>;
  /** Records the deal's primary company; a deal with no saved handoff is left without one. */
  setCompany(portalId: string, dealId: string, companyId: string): Promise<void>;
  /** Null until the worker has read the deal's contacts once. */
  getDealContacts(portalId: string, dealId: string): Promise<DealContacts | null>;
  /** Replaces the deal's mirrored contacts whole (a contact no longer associated disappears). */
  saveDealContacts(dealContacts: DealContacts): Promise<void>;
}
