import type { HandoffContactView, HandoffCriterionView, HandoffView } from '@liftoff/shared/contract/index';
import type { Stakeholder } from '@liftoff/shared/domain/index';
import { evaluateHandoffReadiness, handoffCriteriaLimits } from '@liftoff/shared/engine/evaluate-handoff-readiness';
import { toIsoDate } from '@liftoff/shared/time/iso';
import type { Handoff, HandoffContact, HandoffCriterion } from './ports.ts';
import { toHandoffFacts } from './to-handoff-facts.ts';

/**
 * The deal tab "Handoff": what sales saved, scored for readiness (PRODUCT.md §5). The contacts to tag are those
 * sales already listed, then the stakeholders Liftoff holds for the deal's company that are not listed yet
 * (untagged: the handoff is sales' own record). A deal with nothing saved shows no criteria, readiness 0 and
 * every requirement missing.
 */
export function buildHandoffView(
  dealId: string,
  handoff: Handoff | null,
  companyStakeholders: readonly Stakeholder[],
): HandoffView {
  const owner = handoff?.validationOwnerContactId ?? null;
  const listed = handoff?.contacts ?? [];
  const listedIds = new Set(listed.map((contact) => contact.contactId));
  const unlisted = companyStakeholders
    .filter((stakeholder) => !listedIds.has(stakeholder.contactId))
    .map(toUnlistedContact);
  return {
    dealId,
    dealName: null,
    companyId: handoff?.companyId ?? null,
    criteria: (handoff?.criteria ?? []).map(toCriterionView),
    contacts: [...listed.map((contact) => toContactView(contact, owner)), ...unlisted],
    validationOwnerContactId: owner,
    readiness: evaluateHandoffReadiness(toHandoffFacts(handoff)),
    minCriteria: handoffCriteriaLimits.min,
    maxCriteria: handoffCriteriaLimits.max,
  };
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
