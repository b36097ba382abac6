import type { Criterion, Handoff } from '@liftoff/shared/domain/index';

/**
 * Sales' handoff promises as the onboarding's criteria (docs/PRODUCT.md §2 step 2): source `sales_promise`, not started,
 * no value measured yet, agreed at the start (the deal's close), owned by the validation owner sales named (who signs off on them). They keep the
 * handoff's ids, unique across the portal, and the target sales promised (`handedOffTarget`): whether the promise
 * was kept is judged against it at the close, whatever the CSM renegotiates meanwhile.
 */
export function toPromisedCriteria(handoff: Handoff): Criterion[] {
  return handoff.criteria.map((promise) => ({
    ...promise,
    direction: 'increase',
    current: null,
    agreedAt: null,
    status: 'not_started',
    achievedAt: null,
    source: 'sales_promise',
    ownerContactId: handoff.validationOwnerContactId,
    handedOffTarget: promise.target,
    baselineDate: null,
    baselineEvidence: null,
    currentAt: null,
    promiseKept: null,
  }));
}
