import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { Assessment, Instant, Onboarding } from '@liftoff/shared/domain/index';
import { evaluatePromiseKept } from '@liftoff/shared/engine/index';
import { toIsoDate } from '@liftoff/shared/time/iso';
import type { ActionError } from '../ports/action-deps.ts';
import type { OutcomeChange, PromiseVerdict } from '../ports/index.ts';
import type { CardAction } from './card-action.ts';

export type OutcomeAction = Extract<CardAction, { kind: 'close_onboarding' | 'reopen_onboarding' }>;

export interface OutcomeRequest {
  onboarding: Omit<Onboarding, 'activity'>;
  /** The onboarding assessed now: the sales promises are judged from its criteria's values. */
  assessment: Assessment;
  action: OutcomeAction;
  /** The HubSpot user who acts; null for the service (the automatic completion) and for a workflow. */
  authorId: string | null;
  now: Instant;
}

/**
 * Closing and reopening (docs/PRODUCT.md §2 step 8). Only an onboarding in progress closes: it takes the outcome as
 * its status, `closedAt` now and the reason, and each sales promise not judged before is judged now against the
 * target sales handed off (evaluatePromiseKept). Only a closed onboarding reopens: back in progress, its outcome and
 * reason cleared, `reopenedAt` now, so it never completes by itself again; the promises keep their verdicts
 * (latched: sales' record does not change because the CSM reopened). Either way the checkpoint log records it, with
 * the note. Anything else is a conflict, said in words the CSM can act on.
 */
export function decideOutcomeChange(request: OutcomeRequest): Result<OutcomeChange, ActionError> {
  const { onboarding, action, now } = request;
  const log = (text: string) => ({ milestoneId: null, at: now, authorId: request.authorId, text });
  if (action.kind === 'reopen_onboarding') {
    if (onboarding.status === 'in_progress') {
      return fail({ code: 'conflict', message: 'This onboarding is in progress: only a closed onboarding reopens.' });
    }
    return {
      ok: true,
      value: {
        status: 'in_progress',
        closedAt: null,
        outcomeReason: null,
        reopenedAt: now,
        promiseVerdicts: [],
        logEntry: log(withNote('Reopened: from now on only a person closes it.', action.note)),
      },
    };
  }
  if (onboarding.status !== 'in_progress') {
    const since = onboarding.closedAt === null ? '' : ` since ${toIsoDate(onboarding.closedAt)}`;
    return fail({
      code: 'conflict',
      message: `This onboarding is already ${onboarding.status}${since}: reopen it before closing it again.`,
    });
  }
  const reason = action.reason === null ? '' : ` (${action.reason.replaceAll('_', ' ')})`;
  return {
    ok: true,
    value: {
      status: action.outcome,
      closedAt: now,
      outcomeReason: action.reason,
      reopenedAt: onboarding.reopenedAt,
      promiseVerdicts: toPromiseVerdicts(onboarding, request.assessment),
      logEntry: log(withNote(`Closed as ${action.outcome}${reason}.`, action.note)),
    },
  };
}

function toPromiseVerdicts(onboarding: Omit<Onboarding, 'activity'>, assessment: Assessment): PromiseVerdict[] {
  const judgedById = new Map(assessment.criteria.map((judged) => [judged.id, judged]));
  return onboarding.criteria.flatMap((criterion) => {
    const judged = judgedById.get(criterion.id);
    if (judged === undefined || criterion.promiseKept !== null) return [];
    const kept = evaluatePromiseKept(criterion, judged);
    return kept === null ? [] : [{ criterionId: criterion.id, kept }];
  });
}

function withNote(text: string, note: string | null): string {
  return note === null ? text : `${text} ${note}`;
}
