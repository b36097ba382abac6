import type { Criterion } from '@liftoff/shared/domain/index';
import { evaluatePromiseKept } from '@liftoff/shared/engine/index';
import { describe, expect, it } from 'vitest';
import { atDay, buildCriterion } from '../../support/build-onboarding.ts';

/**
 * docs/PRODUCT.md §1 (sales rep, "which promises were kept"): a sales promise is judged at the close against the
 * target sales handed off, direction-aware, whatever the CSM renegotiated since; the verdict latches.
 */

/** Sales promised 10 weekly active users from 0. */
const promise = (overrides: Partial<Criterion> = {}) =>
  buildCriterion({ source: 'sales_promise', baseline: 0, target: 10, handedOffTarget: 10, ...overrides });
/** Sales promised to cut the hours to close a ticket from 48 to 24. */
const fewerHours = (overrides: Partial<Criterion> = {}) =>
  promise({
    name: 'Hours to close a ticket',
    metric: null,
    baseline: 48,
    target: 24,
    handedOffTarget: 24,
    ...overrides,
  });
const judged = (current: number | null, achievedAt: number | null = null) => ({ current, achievedAt });

describe('a sales promise at the close', () => {
  it.each([
    { why: 'its value reaches the promised target', criterion: promise(), at: judged(10), kept: true },
    { why: 'its value passes the promised target', criterion: promise(), at: judged(14), kept: true },
    { why: 'its value stops short of the promised target', criterion: promise(), at: judged(9), kept: false },
    { why: 'nothing was measured', criterion: promise(), at: judged(null), kept: false },
    {
      why: 'the CSM lowered the target and the lower one is reached, not the promise',
      criterion: promise({ target: 6, status: 'achieved', achievedAt: atDay(50) }),
      at: judged(7, atDay(50)),
      kept: false,
    },
    {
      why: 'the CSM raised the target and the customer reached it once (latched), though the value dipped since',
      criterion: promise({ target: 12 }),
      at: judged(8, atDay(60)),
      kept: true,
    },
    {
      why: 'a person marked it achieved on the promised target',
      criterion: promise({ status: 'achieved' }),
      at: judged(null),
      kept: true,
    },
    { why: 'a person marked it missed', criterion: promise({ status: 'missed' }), at: judged(12), kept: false },
    { why: 'it was retired from the plan', criterion: promise({ status: 'retired' }), at: judged(12), kept: false },
    { why: 'a decrease reaches the promised target', criterion: fewerHours(), at: judged(24), kept: true },
    { why: 'a decrease stops short of it', criterion: fewerHours(), at: judged(30), kept: false },
    {
      why: 'a decrease was renegotiated to 36 hours and reached there only',
      criterion: fewerHours({ target: 36, status: 'achieved' }),
      at: judged(36),
      kept: false,
    },
    {
      why: 'a decrease was renegotiated to 12 hours and achieved once (latched)',
      criterion: fewerHours({ target: 12 }),
      at: judged(30, atDay(70)),
      kept: true,
    },
  ])('is kept: $kept when $why', ({ criterion, at, kept }) => {
    expect(evaluatePromiseKept(criterion, at)).toBe(kept);
  });

  it.each([
    { why: 'was judged kept', given: true, at: judged(0) },
    { why: 'was judged not kept', given: false, at: judged(50, atDay(80)) },
  ])('keeps its verdict once it $why (latched)', ({ given, at }) => {
    expect(evaluatePromiseKept(promise({ promiseKept: given }), at)).toBe(given);
  });

  it.each([
    { why: 'a criterion the CSM set', criterion: promise({ source: 'csm', handedOffTarget: null }) },
    { why: 'a criterion the customer set', criterion: promise({ source: 'customer', handedOffTarget: null }) },
    { why: 'a promise sales handed off without a target', criterion: promise({ handedOffTarget: null }) },
  ])('has no verdict for $why', ({ criterion }) => {
    expect(evaluatePromiseKept(criterion, judged(12))).toBeNull();
  });
});
