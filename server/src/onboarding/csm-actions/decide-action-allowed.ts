import type { Onboarding } from '@liftoff/shared/domain/index';
import { toIsoDate } from '@liftoff/shared/time/iso';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { CardAction } from '../model/card-action.ts';
import type { ActionError } from '../ports/action-deps.ts';

/** What a person may still do once the onboarding closed: note, reopen (and a close, which answers its own 409). */
const allowedWhenClosed: ReadonlySet<CardAction['kind']> = new Set([
  'log_checkpoint_note',
  'reopen_onboarding',
  'close_onboarding',
]);

/**
 * The plan of a closed onboarding is its record: changed only after a reopen. A retired criterion counts nowhere and
 * takes no value, terms or verdict (it stays for the record).
 */
export function decideActionAllowed(
  onboarding: Pick<Onboarding, 'status' | 'closedAt' | 'criteria'>,
  action: CardAction,
): Result<void, ActionError> {
  if (onboarding.status !== 'in_progress' && !allowedWhenClosed.has(action.kind)) {
    const on = onboarding.closedAt === null ? '' : ` on ${toIsoDate(onboarding.closedAt)}`;
    return fail({ code: 'conflict', message: `This onboarding closed as ${onboarding.status}${on}: reopen it first.` });
  }
  if ('criterionId' in action) {
    const criterion = onboarding.criteria.find((candidate) => candidate.id === action.criterionId);
    if (criterion?.status === 'retired') return fail({ code: 'conflict', message: `${criterion.name} is retired.` });
  }
  return { ok: true, value: undefined };
}
