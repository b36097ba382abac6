import type { Handoff } from '@liftoff/shared/domain/index';
import type { HandoffFacts } from '@liftoff/shared/engine/index';

/** What the readiness score reads of a saved handoff; a deal with nothing saved has no facts at all (score 0). */
export function toHandoffFacts(handoff: Handoff | null): HandoffFacts {
  if (handoff === null) return { criteria: [], contactRoles: [], validationOwnerContactId: null };
  return {
    criteria: handoff.criteria,
    contactRoles: handoff.contacts.map((contact) => contact.roles),
    validationOwnerContactId: handoff.validationOwnerContactId,
  };
}
