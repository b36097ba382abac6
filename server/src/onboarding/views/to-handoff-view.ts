import type { HandoffContactView, HandoffCriterionView, HandoffView } from '@liftoff/shared/contract/index';
import type { Handoff, HandoffContact, HandoffCriterion, Stakeholder } from '@liftoff/shared/domain/index';
import { evaluateHandoffReadiness, handoffCriteriaLimits } from '@liftoff/shared/engine/index';
import { toIsoDate } from '@liftoff/shared/time/iso';
import type { DealContacts } from '../ports/index.ts';
import { toHandoffFacts } from '../handoff/to-handoff-facts.ts';
import { toShownHandoff } from '../handoff/to-shown-handoff.ts';

/**
 * The deal tab "Handoff", from the store only: the deal's name as the worker last mirrored it, and its handoff as
 * sales saved it with HubSpot filling in what sales has not said yet (to-shown-handoff.ts), scored for readiness
 * (docs/PRODUCT.md §5). The contacts to tag are those sales already listed, then the deal's own contacts (associated
 * with it in HubSpot) with the circles their labels carry on the company, then the stakeholders Liftoff holds for
 * the deal's company, untagged. A deal with nothing saved nor mirrored shows no criteria, readiness 0 and every
 * requirement missing.
 */
export function toHandoffView(
  dealId: string,
  handoff: Handoff | null,
  companyStakeholders: readonly Stakeholder[],
  dealContacts: DealContacts | null = null,
): HandoffView {
  const shown = toShownHandoff(handoff, dealContacts);
  const owner = shown.validationOwnerContactId;
  const contacts = keepFirstOfEach([
    ...shown.contacts.map((contact) => toContactView(contact, owner)),
    ...companyStakeholders.map(toUnlistedContact),
  ]);
  return {
    dealId,
    dealName: dealContacts?.dealName ?? null,
    companyId: handoff?.companyId ?? dealContacts?.companyId ?? null,
    criteria: shown.criteria.map(toCriterionView),
    contacts,
    validationOwnerContactId: owner,
    readiness: evaluateHandoffReadiness(toHandoffFacts(shown)),
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

function toUnlistedContact(stakeholder: Stakeholder): HandoffContactView {
  return { contactId: stakeholder.contactId, name: stakeholder.name, email: null, roles: [] };
}
