import { inboxKind } from '../ports/index.ts';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { CalendarDate } from '@liftoff/shared/domain/index';
import { toPortalTemplates } from '../settings/to-portal-templates.ts';
import { toNewOnboarding } from '../model/to-new-onboarding.ts';
import type { CardActor } from '../model/card-action.ts';
import type { ActionDeps, ActionError } from '../ports/action-deps.ts';
import { readCardState } from '../views/read-card-state.ts';
import type { CardState } from '../views/read-card-state.ts';

export interface StartFromCardInput {
  templateId: string;
  /** Day 0, chosen by the CSM (the kickoff date, or the deal's close date). */
  startDate: CalendarDate;
}

/**
 * The CSM starts an onboarding by hand from the company card (docs/PRODUCT.md §2: day 0 = close date or a kickoff date
 * set by the CSM): the chosen template's plan, with the key features the portal set, dated from `startDate`, its
 * default criteria (the `no_criteria` rule then asks the CSM to agree real ones). The worker's `startOnboarding` starts from a closed-won deal and reads
 * HubSpot; this path is stored at once and a `card` inbox event has the worker refresh it from HubSpot (a company
 * HubSpot does not know is parked there), assess it and write it through.
 * Refused with a conflict when the company already has an onboarding.
 */
export async function startOnboardingFromCard(
  deps: ActionDeps,
  actor: CardActor,
  companyId: string,
  input: StartFromCardInput,
): Promise<Result<CardState, ActionError>> {
  const { portalId } = actor;
  const settings = await deps.store.portalSettings.get(portalId);
  const { templates } = toPortalTemplates(settings, deps.templates);
  const template = templates.find((candidate) => candidate.id === input.templateId);
  if (template === undefined) {
    return fail({
      code: 'invalid_request',
      message: `No template ${input.templateId}.`,
      issues: [{ path: 'templateId', message: `expected one of ${templates.map((t) => t.id).join(', ')}` }],
    });
  }
  if ((await deps.store.onboardings.get(portalId, companyId)) !== null) {
    return fail({ code: 'conflict', message: `Company ${companyId} already has an onboarding.` });
  }
  const now = deps.clock.now();
  const { templateId, onboarding } = toNewOnboarding({
    companyId,
    companyName: null,
    startDate: input.startDate,
    template,
    settings,
  });
  await deps.store.onboardings.save({
    portalId,
    dealId: null,
    templateId,
    createdAt: now,
    onboarding,
  });
  await deps.store.inbox.append(
    [
      {
        portalId,
        source: 'card',
        eventId: deps.createEventId(),
        kind: inboxKind.cardStart,
        companyId,
        occurredAt: now,
        payload: { templateId: template.id, startDate: input.startDate, userId: actor.userId },
      },
    ],
    now,
  );
  const state = await readCardState(deps, portalId, companyId);
  return state === null
    ? fail({ code: 'not_found', message: `Company ${companyId} has no onboarding.` })
    : { ok: true, value: state };
}
