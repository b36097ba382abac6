import type { CalendarDate, Milestone, Onboarding } from '@liftoff/shared/domain/index';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { ActionError } from '../ports/action-deps.ts';
import type { PlanChanges } from './plan-edit.ts';
import { checkPlanDate } from './check-plan-date.ts';
import { toFreeId } from './to-free-id.ts';

/** The milestone edits a person makes from the card, applied to the plan as a whole. */
export type MilestoneEdit =
  | { kind: 'reopen_milestone'; milestoneId: string }
  | { kind: 'skip_milestone'; milestoneId: string; reason: string }
  | { kind: 'set_milestone_owner'; milestoneId: string; owner: string | null }
  | { kind: 'add_milestone'; name: string; dueDate: CalendarDate; owner: string | null };

/** Whether the milestone is done now, by a person or by its rule: the engine's effective status. */
export type IsMilestoneDone = (milestoneId: string) => boolean;

/**
 * - Reopen: the person says it is not done (`not_done`), so data that proved it does not complete it again; its
 *   checklist and notes stay.
 * - Skip: out of the plan with its reason; a done milestone is not skipped (reopen it first).
 * - Owner: free text, cleared with null.
 * - Add: a custom milestone, only a person completes it; due on or after day 0. Its id follows the plan's own
 *   (`<company>-m<n>`), the first number no milestone of this onboarding uses.
 */
export function editMilestones(
  onboarding: Pick<Onboarding, 'companyId' | 'milestones' | 'startDate'>,
  edit: MilestoneEdit,
  isDone: IsMilestoneDone,
): Result<PlanChanges, ActionError> {
  if (edit.kind === 'add_milestone') return addMilestone(onboarding, edit);
  const milestone = onboarding.milestones.find((candidate) => candidate.id === edit.milestoneId);
  if (milestone === undefined) {
    return fail({ code: 'not_found', message: `No milestone ${edit.milestoneId} on this onboarding.` });
  }
  const replace = (changes: Partial<Milestone>): Result<PlanChanges, ActionError> => ({
    ok: true,
    value: {
      milestones: onboarding.milestones.map((candidate) =>
        candidate.id === milestone.id ? { ...candidate, ...changes } : candidate,
      ),
    },
  });
  switch (edit.kind) {
    case 'reopen_milestone':
      if (!isDone(milestone.id)) return fail({ code: 'conflict', message: `${milestone.name} is not done.` });
      return replace({ completedAt: null, manual: 'not_done' });
    case 'skip_milestone':
      if (isDone(milestone.id)) {
        return fail({ code: 'conflict', message: `${milestone.name} is done: reopen it before skipping it.` });
      }
      return replace({ skipped: true, skipReason: edit.reason });
    case 'set_milestone_owner':
      return replace({ owner: edit.owner });
  }
}

function addMilestone(
  onboarding: Pick<Onboarding, 'companyId' | 'milestones' | 'startDate'>,
  edit: { name: string; dueDate: CalendarDate; owner: string | null },
): Result<PlanChanges, ActionError> {
  const inPlan = checkPlanDate('dueDate', edit.dueDate, onboarding.startDate);
  if (!inPlan.ok) return inPlan;
  const milestone: Milestone = {
    id: toFreeId(onboarding.companyId, 'm', new Set(onboarding.milestones.map((m) => m.id))),
    name: edit.name,
    kind: 'custom',
    dueDate: edit.dueDate,
    completedAt: null,
    skipped: false,
    skipReason: null,
    owner: edit.owner,
    completesWhen: null,
    manual: null,
    checklist: [],
    notes: null,
  };
  // The plan reads in due order: the new milestone goes before the first one due later.
  const at = onboarding.milestones.findIndex((other) => other.dueDate > edit.dueDate);
  const milestones = [...onboarding.milestones];
  milestones.splice(at === -1 ? milestones.length : at, 0, milestone);
  return { ok: true, value: { milestones } };
}
