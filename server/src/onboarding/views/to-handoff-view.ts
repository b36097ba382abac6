import type { HandoffContactView, HandoffCriterionView, HandoffView } from '@liftoff/shared/contract/index';
import type { DealContact, Handoff, HandoffContact, HandoffCriterion, Stakeholder } from '@liftoff/shared/domain/index';
import { evaluateHandoffReadiness, handoffCriteriaLimits } from '@liftoff/shared/engine/index';
import { toIsoDate } from '@liftoff/shared/time/iso';
import type { DealContacts } from '../ports/index.ts';
import { toHandoffFacts } from '../handoff/to-handoff-facts.ts';

/**
 * The deal tab "Handoff": what sales saved, scored for readiness (docs/PRODUCT.md §5). The contacts to tag are those
 * sales already listed, then the deal's own contacts (associated with it in HubSpot, as the worker last mirrored
 * them) showing the circles they already carry on the company, then the stakeholders Liftoff holds for the deal's
 * company, untagged. Offered tags count for readiness only once sales saves them: the handoff is sales' own record.
 * A deal with nothing saved shows no criteria, readiness 0 and every requirement missing.
 */
export function toHandoffView(
  dealId: string,
  handoff: Handoff | null,
  companyStakeholders: readonly Stakeholder[],
  dealContacts: DealContacts | null = null,
): HandoffView {
  const owner = handoff?.validationOwnerContactId ?? null;
  const contacts = keepFirstOfEach([
    ...(handoff?.contacts ?? []).map((contact) => toContactView(contact, owner)),
    ...(dealContacts?.contacts ?? []).map(toOfferedContact),
    ...companyStakeholders.map(toUnlistedContact),
  ]);
  return {
    dealId,
    dealName: null,
    companyId: handoff?.companyId ?? dealContacts?.companyId ?? null,
    criteria: (handoff?.criteria ?? []).map(toCriterionView),
    contacts,
    validationOwnerContactId: owner,
    readiness: evaluateHandoffReadiness(toHandoffFacts(handoff)),
    minCriteria: handoffCriteriaLimits.min,
    maxCriteria: handoffCriteriaLimits.max,
  };
}

/** A contact appears once, as its first source shows it. */
function keepFirstOfEach(contacts: readonly HandoffContactView[]): HandoffContactView[] {
  const seen = new Set<string>();
  return contacts.filter((contact) => {
    const first = !seen.has(contact.contactId);
    seen.add(contact.contactId);
    return first;
  });
}

function toCriterionView(criterion: HandoffCriterion): HandoffCriterionView {
  return { ...criterion, dueDate: criterion.dueDate === null ? null : toIsoDate(criterion.dueDate) };
}

/** The validation owner is named apart; the view shows it among that contact's roles too. */
function toContactView(contact: HandoffContact, owner: string | null): HandoffContactView {
  const roles = contact.contactId === owner ? [...contact.roles, 'validation_owner' as const] : contact.roles;
  return { contactId: contact.contactId, name: contact.name, email: contact.email, roles };
}

/** The validation owner is named apart, never offered as a tag, even when HubSpot labels the contact so. */
function toOfferedContact(contact: DealContact): HandoffContactView {
  const roles = contact.roles.filter((role) => role !== 'validation_owner');
  return { contactId: contact.contactId, name: contact.name, email: contact.email, roles };
}

function toUnlistedContact(stakeholder: Stakeholder): HandoffContactView {
  return { contactId: stakeholder.contactId, name: stakeholder.name, email: null, roles: [] };
}
