import { inboxKind } from '../ports/index.ts';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { SignalType } from '@liftoff/shared/domain/index';
import { parseComputedMetric } from '@liftoff/shared/engine/index';
import { addDays, toCalendarDate } from '@liftoff/shared/time/calendar';
import { toIsoDate } from '@liftoff/shared/time/iso';
import type { StoreError } from '../ports/index.ts';
import { toOnboardingRecord } from '../model/to-onboarding-record.ts';
import { toPriorSignals } from '../model/to-prior-signals.ts';
import type { CardAction, CardActor } from '../model/card-action.ts';
import { decideOutcomeChange } from '../model/decide-outcome-change.ts';
import type { ActionDeps, ActionError } from '../ports/action-deps.ts';
import { readCardState } from '../views/read-card-state.ts';
import { isSameValue } from '../sync/known-values.ts';
import { readKnownStakeholders, rememberStakeholders } from '../sync/known-stakeholders.ts';
import type { CardState } from '../views/read-card-state.ts';
import { checkCriterionTerms } from '../plan-edits/check-criterion-terms.ts';
import { checkPlanDate } from '../plan-edits/check-plan-date.ts';
import { decideBaselineRecord } from '../plan-edits/decide-baseline-record.ts';
import { decideActionAllowed } from './decide-action-allowed.ts';
import { editCriteria } from '../plan-edits/edit-criteria.ts';
import { editMilestones } from '../plan-edits/edit-milestones.ts';
import { markFirstWeekStep } from '../plan-edits/mark-first-week-step.ts';
import { removeFirstWeekStep } from '../plan-edits/remove-first-week-step.ts';
import type { PlanChanges } from '../plan-edits/plan-edit.ts';
import { toPersonInstant } from '../plan-edits/to-person-instant.ts';

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
  const allowed = decideActionAllowed(onboarding, action);
  if (!allowed.ok) return allowed;
  switch (action.kind) {
    case 'update_criterion_value': {
      const criterion = onboarding.criteria.find((c) => c.id === action.criterionId);
      if (criterion === undefined)
        return fail({ code: 'not_found', message: `No criterion ${action.criterionId} on this onboarding.` });
      // A first measured value starts the criterion; a closed one (achieved / missed) keeps its verdict.
      const status = criterion.status === 'not_started' ? 'in_progress' : criterion.status;
      return fromStore(
        await onboardings.updateCriterion(portalId, companyId, criterion.id, {
          current: action.current,
          status,
          currentAt: now,
        }),
      );
    }
    case 'agree_criterion': {
      const criterion = onboarding.criteria.find((c) => c.id === action.criterionId);
      if (criterion === undefined)
        return fail({ code: 'not_found', message: `No criterion ${action.criterionId} on this onboarding.` });
      const { target, baseline, dueDate, direction } = action;
      // A measured value starts the criterion; never measured, a manual one stands at the agreed baseline while a
      // computed one keeps reading its value from the usage; a closed one (achieved / missed) keeps its verdict
      // while its terms are corrected.
      const computed = parseComputedMetric(criterion.metric) !== null;
      const standsAtBaseline = criterion.status === 'not_started' && !computed;
      const measured = action.current ?? (standsAtBaseline ? baseline : criterion.current);
      const status = action.current !== null && criterion.status === 'not_started' ? 'in_progress' : criterion.status;
      const checked = checkAll(
        checkPlanDate('dueDate', dueDate, onboarding.startDate),
        checkCriterionTerms({ direction: direction ?? criterion.direction, baseline, target }),
      );
      if (!checked.ok) return checked;
      const evidence = decideBaselineRecord(criterion, action, toCalendarDate(now));
      if (!evidence.ok) return evidence;
      return fromStore(
        await onboardings.updateCriterion(portalId, companyId, criterion.id, {
          current: measured,
          status,
          ...(action.current === null ? {} : { currentAt: now }),
          terms: { target, baseline, dueDate, agreedAt: toCalendarDate(now), direction, ...evidence.value },
        }),
      );
    }
    case 'set_criterion_status': {
      const criterion = onboarding.criteria.find((c) => c.id === action.criterionId);
      if (criterion === undefined)
        return fail({ code: 'not_found', message: `No criterion ${action.criterionId} on this onboarding.` });
      // Taking back a verdict cannot undo what the data proved: a reached target is latched.
      if (action.status === 'in_progress' && criterion.achievedAt !== null) {
        return fail({
          code: 'conflict',
          message: `${criterion.name} reached its target on ${toIsoDate(criterion.achievedAt)}: it stays achieved.`,
        });
      }
      return fromStore(
        await onboardings.updateCriterion(portalId, companyId, criterion.id, {
          current: criterion.current,
          status: action.status,
        }),
      );
    }
    case 'add_criterion':
    case 'edit_criterion':
    case 'retire_criterion':
      return savePlan(deps, state, editCriteria(onboarding, action, now));
    case 'mark_first_week_step':
      return savePlan(deps, state, markFirstWeekStep(onboarding, action, now));
    case 'remove_first_week_step': {
      const isDone = (id: string) => state.assessment.firstWeekSteps.some((step) => step.id === id && step.done);
      return savePlan(deps, state, removeFirstWeekStep(onboarding, action.stepId, isDone));
    }
    case 'reopen_milestone':
    case 'skip_milestone':
    case 'set_milestone_owner':
    case 'add_milestone':
      return savePlan(
        deps,
        state,
        editMilestones(onboarding, action, (id) => isMilestoneDone(state, id)),
      );
    case 'replan_milestone': {
      const milestone = onboarding.milestones.find((m) => m.id === action.milestoneId);
      if (milestone === undefined)
        return fail({ code: 'not_found', message: `No milestone ${action.milestoneId} on this onboarding.` });
      if (isMilestoneDone(state, milestone.id)) {
        return fail({ code: 'conflict', message: `${milestone.name} is done: reopen it before re-planning it.` });
      }
      const inPlan = checkPlanDate('dueDate', action.dueDate, onboarding.startDate);
      if (!inPlan.ok) return inPlan;
      return fromStore(
        await onboardings.replanMilestone(portalId, companyId, milestone.id, {
          dueDate: action.dueDate,
          reason: action.reason,
          at: now,
          authorId: actor.userId,
        }),
      );
    }
    case 'complete_milestone': {
      const milestone = onboarding.milestones.find((m) => m.id === action.milestoneId);
      if (milestone === undefined)
        return fail({ code: 'not_found', message: `No milestone ${action.milestoneId} on this onboarding.` });
      const completedOn = toPersonInstant('completedOn', action.completedOn, onboarding.startDate, now);
      if (!completedOn.ok) return completedOn;
      // Completing again (a retry, a second click) keeps the first completion's date unless another is given, and
      // what it does not send.
      const earlier = action.completedOn === undefined ? milestone.completedAt : null;
      return fromStore(
        await onboardings.completeMilestone(portalId, companyId, milestone.id, {
          completedAt: earlier ?? completedOn.value,
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
      if (state.assessment.signals.some((signal) => signal.type === action.signalType && signal.status !== 'open')) {
        return fail({ code: 'conflict', message: `The ${action.signalType} signal is already handled.` });
      }
      return setSignalState(deps, actor, state, action.signalType, {
        status: 'acknowledged',
        snoozedUntil: null,
        note: null,
      });
    case 'snooze_signal': {
      // Snoozed until 00:00 UTC of the chosen date: a later day than today, and within the portal's snooze cap (a
      // longer one would be cut short silently, so it is refused with the last day allowed).
      const { maxSnoozeDays } = state.thresholds.signalHandling;
      const lastDay = toCalendarDate(addDays(now, maxSnoozeDays));
      if (action.until <= toCalendarDate(now) || action.until > lastDay) {
        return fail({
          code: 'invalid_request',
          message: `Snooze until a date after today and at most ${maxSnoozeDays} days ahead.`,
          issues: [
            { path: 'until', message: `must be after ${toIsoDate(now)} and on or before ${toIsoDate(lastDay)}` },
          ],
        });
      }
      return setSignalState(deps, actor, state, action.signalType, {
        status: 'snoozed',
        snoozedUntil: action.until,
        note: null,
      });
    }
    case 'resolve_signal':
      return setSignalState(deps, actor, state, action.signalType, {
        status: 'resolved',
        snoozedUntil: null,
        note: action.note,
      });
    case 'save_stakeholder':
      return saveStakeholder(deps, actor, state, action);
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
 * Only a contact HubSpot associates with the company (as the last refresh stored it) can be mapped. Its tagging day
 * becomes today when its roles change (none when it has no role left). What the store held before the edit is what
 * HubSpot held at the last refresh: remembered as such when nothing is known yet, so the worker's write-back and the
 * next refresh tell the CSM's change from one made in HubSpot.
 */
async function saveStakeholder(
  deps: ActionDeps,
  actor: CardActor,
  state: CardState,
  action: Extract<CardAction, { kind: 'save_stakeholder' }>,
): Promise<Result<void, ActionError>> {
  const { companyId, stakeholders } = state.stored.onboarding;
  const stakeholder = stakeholders.find((s) => s.contactId === action.contactId);
  if (stakeholder === undefined) {
    return fail({ code: 'not_found', message: `Contact ${action.contactId} is not associated with this company.` });
  }
  const { syncState } = deps.store;
  const known = await readKnownStakeholders(syncState, actor.portalId, companyId, [stakeholder.contactId]);
  if (!known.has(stakeholder.contactId))
    await rememberStakeholders(syncState, actor.portalId, companyId, [stakeholder]);
  const now = deps.clock.now();
  const rolesChanged = !isSameValue(stakeholder.roles, action.roles);
  const taggedAt = !rolesChanged ? stakeholder.taggedAt : action.roles.length === 0 ? null : toCalendarDate(now);
  return fromStore(
    await deps.store.onboardings.saveStakeholder(actor.portalId, companyId, stakeholder.contactId, {
      roles: action.roles,
      kpi: action.kpi,
      taggedAt,
      at: now,
      authorId: actor.userId,
    }),
  );
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

/** The first refusal among checks, else fine. */
function checkAll(...checks: Result<void, ActionError>[]): Result<void, ActionError> {
  return checks.find((check) => !check.ok) ?? { ok: true, value: undefined };
}

/** Whether the milestone is done now (by a person or by its rule), as the card shows it. */
function isMilestoneDone(state: CardState, milestoneId: string): boolean {
  return state.assessment.milestones.some((m) => m.id === milestoneId && m.status === 'done');
}

/** A plan edit, once decided, saves the onboarding with the parts it replaced. */
async function savePlan(
  deps: ActionDeps,
  state: CardState,
  edit: Result<PlanChanges, ActionError>,
): Promise<Result<void, ActionError>> {
  if (!edit.ok) return edit;
  await deps.store.onboardings.save(toOnboardingRecord(state.stored, edit.value));
  return { ok: true, value: undefined };
}

function fromStore(result: Result<unknown, StoreError>): Result<void, ActionError> {
  if (result.ok) return { ok: true, value: undefined };
  const code = result.error.code === 'onboarding_exists' ? 'conflict' : 'not_found';
  return fail({ code: code, message: result.error.message });
}
