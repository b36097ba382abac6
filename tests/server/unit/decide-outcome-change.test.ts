import { describe, expect, it } from 'vitest';
import type { Onboarding } from '@liftoff/shared/domain/index';
import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import { decideOutcomeChange } from '../../../server/src/onboarding/model/decide-outcome-change.ts';
import type { OutcomeAction } from '../../../server/src/onboarding/model/decide-outcome-change.ts';
import { atDay, buildCriterion, buildOnboarding } from '../../support/build-onboarding.ts';

/** docs/PRODUCT.md §2 step 8: who may close or reopen, what changes, and what the checkpoint log says. */

const NOW = atDay(70);
const close = (overrides: Partial<Extract<OutcomeAction, { kind: 'close_onboarding' }>> = {}): OutcomeAction => ({
  kind: 'close_onboarding',
  outcome: 'churned',
  reason: 'budget',
  note: 'Budget cut.',
  ...overrides,
});
const reopen: OutcomeAction = { kind: 'reopen_onboarding', note: null };
const decide = (onboarding: Onboarding, action: OutcomeAction) =>
  decideOutcomeChange({
    onboarding,
    assessment: evaluateOnboarding(onboarding, NOW),
    action,
    authorId: '77',
    now: NOW,
  });
const closed = (overrides: Partial<Onboarding> = {}) =>
  buildOnboarding({ status: 'churned', closedAt: atDay(60), outcomeReason: 'budget', ...overrides });

describe('closing and reopening', () => {
  it.each([
    { action: close(), text: 'Closed as churned (budget). Budget cut.' },
    { action: close({ outcome: 'completed', reason: null, note: null }), text: 'Closed as completed.' },
    {
      action: close({ outcome: 'abandoned', reason: 'merged_or_acquired', note: null }),
      text: 'Closed as abandoned (merged or acquired).',
    },
  ])('closes an onboarding in progress: $text', ({ action, text }) => {
    const decided = decide(buildOnboarding({ reopenedAt: atDay(30) }), action);
    expect(decided).toEqual({
      ok: true,
      value: expect.objectContaining({
        status: action.kind === 'close_onboarding' ? action.outcome : null,
        closedAt: NOW,
        reopenedAt: atDay(30),
        logEntry: { milestoneId: null, at: NOW, authorId: '77', text },
      }),
    });
  });

  it('judges each sales promise not judged before, and leaves other criteria and earlier verdicts alone', () => {
    const onboarding = buildOnboarding({
      criteria: [
        buildCriterion({ id: 'kept', current: 10 }),
        buildCriterion({ id: 'short', current: 4 }),
        buildCriterion({ id: 'judged', current: 0, promiseKept: true }),
        buildCriterion({ id: 'csm', source: 'csm', handedOffTarget: null, current: 10 }),
      ],
    });
    const decided = decide(onboarding, close());
    expect(decided.ok && decided.value.promiseVerdicts).toEqual([
      { criterionId: 'kept', kept: true },
      { criterionId: 'short', kept: false },
    ]);
  });

  it('reopens a closed onboarding: in progress, outcome cleared, reopened now, no verdict changed', () => {
    const decided = decide(closed(), { kind: 'reopen_onboarding', note: 'They found a budget.' });
    expect(decided).toEqual({
      ok: true,
      value: {
        status: 'in_progress',
        closedAt: null,
        outcomeReason: null,
        reopenedAt: NOW,
        promiseVerdicts: [],
        logEntry: {
          milestoneId: null,
          at: NOW,
          authorId: '77',
          text: 'Reopened: from now on only a person closes it. They found a budget.',
        },
      },
    });
  });

  it.each([
    {
      why: 'closing a closed onboarding',
      onboarding: closed(),
      action: close({ outcome: 'completed' }),
      message: 'This onboarding is already churned since 2026-04-03: reopen it before closing it again.',
    },
    {
      why: 'reopening an onboarding in progress',
      onboarding: buildOnboarding(),
      action: reopen,
      message: 'This onboarding is in progress: only a closed onboarding reopens.',
    },
  ])('refuses $why as a conflict', ({ onboarding, action, message }) => {
    expect(decide(onboarding, action)).toEqual({ ok: false, error: { code: 'conflict', message } });
  });
});
