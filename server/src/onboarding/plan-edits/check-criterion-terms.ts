import type { CriterionDirection } from '@liftoff/shared/domain/index';
import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { ActionError } from '../ports/action-deps.ts';

/**
 * A target lies the way the criterion progresses: above its baseline for an increase, below it for a decrease (fewer
 * tickets). A target on the wrong side would read as achieved on day one, or never.
 */
export function checkCriterionTerms(terms: {
  direction: CriterionDirection;
  baseline: number | null;
  target: number;
}): Result<void, ActionError> {
  const { direction, baseline, target } = terms;
  if (baseline === null || baseline === target) return { ok: true, value: undefined };
  if (direction === 'increase' ? target > baseline : target < baseline) return { ok: true, value: undefined };
  const side = direction === 'increase' ? 'above' : 'below';
  return fail({
    code: 'invalid_request',
    message: `An ${direction} criterion's target lies ${side} its baseline; change the direction or the target.`,
    issues: [
      {
        path: 'target',
        message: `must be ${side} the baseline (${baseline}) for ${direction === 'increase' ? 'an' : 'a'} ${direction}`,
      },
    ],
  });
}
