import { inboxKind } from '../ports/index.ts';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { Handoff, HandoffContact, HandoffCriterion, Instant, StakeholderRole } from '@liftoff/shared/domain/index';
import type { Store } from '../ports/index.ts';
import type { CardActor } from '../model/card-action.ts';
import type { ActionDeps, ActionError } from '../ports/action-deps.ts';
import { readHandoffState } from '../views/read-handoff-state.ts';
import { toShownHandoff } from './to-shown-handoff.ts';
import type { HandoffState } from '../views/read-handoff-state.ts';

export interface HandoffDeps extends Pick<ActionDeps, 'clock' | 'createEventId'> {
  store: Pick<Store, 'handoffs' | 'onboardings' | 'inbox'>;
}

/** The PUT body once parsed at the edge: a criterion without an id is new. */
export interface SaveHandoffInput {
  criteria: (Omit<HandoffCriterion, 'id'> & { id?: string | undefined })[];
  contacts: { contactId: string; roles: StakeholderRole[] }[];
  validationOwnerContactId: string | null;
}

/**
 * Sales saves the deal's handoff (docs/PRODUCT.md §2 step 1): the promises, the tagged contacts and the validation owner
 * replace what was saved, in the store at once; a `card.handoff.saved` inbox event has the worker write the
 * readiness to the deal. Refused when a criterion names an id the card does not show for this deal (saved, or held
 * in HubSpot).
 */
export async function saveHandoff(
  deps: HandoffDeps,
  actor: CardActor,
  dealId: string,
  input: SaveHandoffInput,
): Promise<Result<HandoffState, ActionError>> {
  const { portalId } = actor;
  const before = await readHandoffState(deps.store, portalId, dealId);
  const now = deps.clock.now();
  const built = toSavedHandoff(before, input, { portalId, dealId, userId: actor.userId, now });
  if (!built.ok) return built;
  await deps.store.handoffs.save(built.value);
  await deps.store.inbox.append(
    [
      {
        portalId,
        source: 'card',
        eventId: deps.createEventId(),
        kind: inboxKind.handoffSaved,
        companyId: built.value.companyId,
        occurredAt: now,
        payload: { dealId, userId: actor.userId },
      },
    ],
    now,
  );
  return { ok: true, value: { ...before, handoff: built.value } };
}

interface SaveContext {
  portalId: string;
  dealId: string;
  userId: string | null;
  now: Instant;
}

/**
 * The handoff to store: kept criteria keep their id (a promise HubSpot held for a deal never saved keeps its record's
 * key, so the onboarding later updates that record), new ones get the next `handoff-<dealId>-c<n>`; each contact
 * keeps the name and email Liftoff knows for it (as listed before, else as on the deal, else as a company
 * stakeholder); the validation owner is named by `validationOwnerContactId` alone, so a `validation_owner` role sent
 * among a contact's roles is dropped. The deal's company is the one the worker last read for it, if any.
 */
export function toSavedHandoff(
  before: HandoffState,
  input: SaveHandoffInput,
  context: SaveContext,
): Result<Handoff, ActionError> {
  const previous = before.handoff;
  const shown = toShownHandoff(previous, before.dealContacts);
  const knownIds = new Set(shown.criteria.map((criterion) => criterion.id));
  const unknown = input.criteria.flatMap((criterion, index) =>
    criterion.id === undefined || knownIds.has(criterion.id)
      ? []
      : [{ path: `criteria.${index}.id`, message: `no criterion ${criterion.id} on this deal's handoff` }],
  );
  if (unknown.length > 0)
    return fail({ code: 'invalid_request', message: 'The request body is not valid.', issues: unknown });

  const prefix = `handoff-${context.dealId}-c`;
  let next = 1 + Math.max(0, ...[...knownIds].map((id) => toSequence(id, prefix)));
  const criteria = input.criteria.map(({ id, ...criterion }): HandoffCriterion => {
    if (id !== undefined) return { id, ...criterion };
    const assigned = `${prefix}${next}`;
    next += 1;
    return { id: assigned, ...criterion };
  });
  const contacts = input.contacts.map((contact): HandoffContact => ({
    ...toKnownIdentity(contact.contactId, [
      ...(previous?.contacts ?? []),
      ...(before.dealContacts?.contacts ?? []),
      ...before.companyStakeholders.map((stakeholder) => ({ ...stakeholder, email: null })),
    ]),
    contactId: contact.contactId,
    roles: contact.roles.filter((role) => role !== 'validation_owner'),
  }));
  return {
    ok: true,
    value: {
      portalId: context.portalId,
      dealId: context.dealId,
      companyId: previous?.companyId ?? before.dealContacts?.companyId ?? null,
      criteria,
      contacts,
      validationOwnerContactId: input.validationOwnerContactId,
      updatedAt: context.now,
      updatedBy: context.userId,
    },
  };
}

function toSequence(id: string, prefix: string): number {
  if (!id.startsWith(prefix)) return 0;
  const n = Number(id.slice(prefix.length));
  return Number.isSafeInteger(n) ? n : 0;
}

function toKnownIdentity(
  contactId: string,
  known: readonly { contactId: string; name: string | null; email: string | null }[],
): { name: string | null; email: string | null } {
  const contact = known.find((candidate) => candidate.contactId === contactId);
  return { name: contact?.name ?? null, email: contact?.email ?? null };
}
