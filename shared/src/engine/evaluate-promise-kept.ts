import type { Criterion, CriterionAssessment } from '../domain/index.ts';
import { isAchieved } from './facts/is-achieved.ts';
import { toDirection } from './facts/to-direction.ts';
import { isTargetReached } from './facts/to-progress.ts';

/**
 * Whether a sales promise was kept (docs/PRODUCT.md §1, sales rep), judged against the target sales handed off, not
 * the one the CSM may have renegotiated since, in the promise's direction (a handed-off target below the baseline is a
 * decrease). Kept: its value as judged now reaches the handed-off target, or it was achieved (latched, or a person's
 * `achieved`) against a target at least as far as the handed-off one. Not kept: anything else, a person's `missed`
 * and a promise retired from the plan (it was not delivered) included. A verdict already given stays (latched); a
 * criterion sales did not promise, or a promise without a handed-off target, has none (null).
 */
export function evaluatePromiseKept(
  criterion: Criterion,
  judged: Pick<CriterionAssessment, 'current' | 'achievedAt'>,
): boolean | null {
  const promised = criterion.handedOffTarget;
  if (criterion.source !== 'sales_promise' || promised === null) return null;
  if (criterion.promiseKept !== null) return criterion.promiseKept;
  if (criterion.status === 'retired' || criterion.status === 'missed') return false;
  const direction = toDirection({ ...criterion, target: promised });
  if (isTargetReached({ direction, baseline: criterion.baseline, target: promised, current: judged.current })) {
    return true;
  }
  const agreed = criterion.target;
  const achieved = isAchieved({ status: criterion.status, achievedAt: judged.achievedAt });
  return (
    achieved && agreed !== null && isTargetReached({ direction, baseline: null, target: promised, current: agreed })
  );
}
