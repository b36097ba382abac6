import { inboxKind } from '../ports/index.ts';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { SignalType } from '@liftoff/shared/domain/index';
import { toCalendarDate } from '@liftoff/shared/time/calendar';
import { toIsoDate } from '@liftoff/shared/time/iso';
import type { StoreError } from '../ports/index.ts';
import { toOnboardingRecord } from '../model/to-onboarding-record.ts';
import { toPriorSignals } from '../model/to-prior-signals.ts';
import type { CardAction, CardActor } from '../model/card-action.ts';
import { decideOutcomeChange } from '../model/decide-outcome-change.ts';
import type { ActionDeps, ActionError } from '../ports/action-deps.ts';
import { readCardState } from '../views/read-card-state.ts';
import type { CardState } from '../views/read-card-state.ts';

/**
 * Applies a CSM's action to the store at once, then appends a `card` inbox event so the worker re-assesses the
 * company and writes the change through to HubSpot (HubSpot is never called while the card waits). Answers the
 * onboarding re-read and re-assessed, so the card renders the new state. If the inbox append fails after the
 * store accepted the change, the next sweep still writes it through: write-back diffs the store against HubSpot.
 */
export async function applyCardAction(
  deps: ActionDeps,
  actor: CardActor,
  companyId: string,
  action: CardAction,
): Promise<Result<CardState, ActionError>> {
  const state = await readCardState(deps, actor.portalId, companyId);
  if (state === null) return fail({ code: 'not_found', message: `Company ${companyId} has no onboarding.` });
  const applied = await applyToStore(deps, actor, state, action);
  if (!applied.ok) return applied;

  const now = deps.clock.now();
  await deps.store.inbox.append(
    [
      {
        portalId: actor.portalId,
        source: 'card',
        eventId: deps.createEventId(),
        kind: inboxKind.card(action.kind),
        companyId,
        occurredAt: now,
        payload: { action, userId: actor.userId },
      },
    ],
    now,
  );
  const updated = await readCardState(deps, actor.portalId, companyId);
  return updated === null
    ? fail({ code: 'not_found', message: `Company ${companyId} has no onboarding.` })
    : { ok: true, value: updated };
}

async function applyToStore(
  deps: ActionDeps,
  actor: CardActor,
  state: CardState,
  action: CardAction,
): Promise<Result<void, ActionError>> {
  const { onboardings } = deps.store;
  const { portalId } = actor;
  const { onboarding } = state.stored;
  const companyId = onboarding.companyId;
  const now = deps.clock.now();
  switch (action.kind) {
    case 'update_criterion_value': {
      const criterion = onboarding.criteria.find((c) => c.id === action.criterionId);
      if (criterion === undefined)
        return fail({ code: 'not_found', message: `No criterion ${action.criterionId} on this onboarding.` });
      // A first measured value starts the criterion; a closed one (achieved / missed) keeps its verdict.
      const status = criterion.status === 'not_started' ? 'in_progress' : criterion.status;
      return fromStore(
        await onboardings.updateCriterion(portalId, companyId, criterion.id, { current: action.current, status }),
      );
    }
    case 'agree_criterion': {
      const criterion = onboarding.criteria.find((c) => c.id === action.criterionId);
      if (criterion === undefined)
        return fail({ code: 'not_found', message: `No criterion ${action.criterionId} on this onboarding.` });
      const { target, baseline, dueDate } = action;
      // A measured value starts the criterion; never measured, it stands at the agreed baseline; a closed one
      // (achieved / missed) keeps its verdict while its terms are corrected.
      const measured = action.current ?? (criterion.status === 'not_started' ? baseline : criterion.current);
      const status = action.current !== null && criterion.status === 'not_started' ? 'in_progress' : criterion.status;
      return fromStore(
        await onboardings.updateCriterion(portalId, companyId, criterion.id, {
          current: measured,
          status,
          terms: { target, baseline, dueDate, agreedAt: toCalendarDate(now) },
        }),
      );
    }
    case 'set_criterion_status': {
      const criterion = onboarding.criteria.find((c) => c.id === action.criterionId);
      if (criterion === undefined)
        return fail({ code: 'not_found', message: `No criterion ${action.criterionId} on this onboarding.` });
      return fromStore(
        await onboardings.updateCriterion(portalId, companyId, criterion.id, {
          current: criterion.current,
          status: action.status,
        }),
      );
    }
    case 'complete_milestone': {
      const milestone = onboarding.milestones.find((m) => m.id === action.milestoneId);
      if (milestone === undefined)
        return fail({ code: 'not_found', message: `No milestone ${action.milestoneId} on this onboarding.` });
      // Completing again (a retry, a second click) keeps the first completion's date, and what it does not send.
      return fromStore(
        await onboardings.completeMilestone(portalId, companyId, milestone.id, {
          completedAt: milestone.completedAt ?? now,
          checklist: action.checklist ?? milestone.checklist,
          notes: action.notes === undefined ? milestone.notes : action.notes,
        }),
      );
    }
    case 'log_checkpoint_note': {
      const { milestoneId } = action;
      if (milestoneId !== null && !onboarding.milestones.some((m) => m.id === milestoneId)) {
        return fail({ code: 'not_found', message: `No milestone ${milestoneId} on this onboarding.` });
      }
      return fromStore(
        await onboardings.addCheckpointNote(portalId, companyId, {
          milestoneId,
          at: now,
          authorId: actor.userId,
          text: action.note,
        }),
      );
    }
    case 'acknowledge_signal':
      return setSignalState(deps, actor, state, action.signalType, {
        status: 'acknowledged',
        snoozedUntil: null,
        note: null,
      });
    case 'snooze_signal':
      // Snoozed until 00:00 UTC of the chosen date, which must be a later day than today.
      if (action.until <= toCalendarDate(now)) {
        return fail({
          code: 'invalid_request',
          message: 'Snooze until a date after today.',
          issues: [{ path: 'until', message: `must be after ${toIsoDate(now)}` }],
        });
      }
      return setSignalState(deps, actor, state, action.signalType, {
        status: 'snoozed',
        snoozedUntil: action.until,
        note: null,
      });
    case 'resolve_signal':
      return setSignalState(deps, actor, state, action.signalType, {
        status: 'resolved',
        snoozedUntil: null,
        note: action.note,
      });
    case 'close_onboarding':
    case 'reopen_onboarding': {
      const change = decideOutcomeChange({
        onboarding,
        assessment: state.assessment,
        action,
        authorId: actor.userId,
        now,
      });
      return change.ok ? fromStore(await onboardings.setOutcome(portalId, companyId, change.value)) : change;
    }
  }
}

/**
 * Only a signal whose condition holds now can be handled. The card assesses at read time, so a signal may show
 * before the worker has stored it (a time-based one raised since the last sweep): its state is stored first, the
 * way the worker's recompute stores it, so the CSM's handling has a row to land on.
 */
async function setSignalState(
  deps: ActionDeps,
  actor: CardActor,
  state: CardState,
  type: SignalType,
  change: { status: 'acknowledged' | 'snoozed' | 'resolved'; snoozedUntil: number | null; note: string | null },
): Promise<Result<void, ActionError>> {
  const { stored, assessment } = state;
  if (!assessment.signals.some((signal) => signal.type === type)) {
    return fail({ code: 'not_found', message: `No ${type} signal holds on this onboarding.` });
  }
  const companyId = stored.onboarding.companyId;
  const isStored = stored.onboarding.signals.some((signal) => signal.type === type && signal.status !== 'resolved');
  if (!isStored) {
    await deps.store.onboardings.save(
      toOnboardingRecord(stored, { signals: toPriorSignals(stored.onboarding.signals, assessment) }),
    );
  }
  return fromStore(
    await deps.store.onboardings.setSignalState(actor.portalId, companyId, type, {
      ...change,
      at: deps.clock.now(),
      authorId: actor.userId,
    }),
  );
}

function fromStore(result: Result<unknown, StoreError>): Result<void, ActionError> {
  if (result.ok) return { ok: true, value: undefined };
  const code = result.error.code === 'onboarding_exists' ? 'conflict' : 'not_found';
  return fail({ code: code, message: result.error.message });
}
