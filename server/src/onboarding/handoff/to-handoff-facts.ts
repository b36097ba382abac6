import type { HandoffFacts } from '@liftoff/shared/engine/index';
import type { ShownHandoff } from './to-shown-handoff.ts';

/** What the readiness score reads of a deal's handoff as the card shows it (a deal with nothing at all scores 0). */
export function toHandoffFacts(handoff: ShownHandoff): HandoffFacts {
  return {
    criteria: handoff.criteria,
    contactRoles: handoff.contacts.map((contact) => contact.roles),
    validationOwnerContactId: handoff.validationOwnerContactId,
  };
}
