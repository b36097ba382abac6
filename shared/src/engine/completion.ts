import type { Assessment, Onboarding } from '../domain/index.ts';
import { isMeasurable } from './facts/is-measurable.ts';
import { valueReviewKind } from './method-calendar.ts';
import type { OnboardingFacts } from './onboarding-facts.ts';

/** The fewest measurable criteria an onboarding completes with: the method's 3–5 agreed criteria. */
const completionMinCriteria = 3;

/**
 * The automatic completion rule (docs/PRODUCT.md §2 step 8): an onboarding in progress completes by itself when its
 * day-90 review is done (by a person or by its rule) and at least 3 measurable criteria (target and due date; retired
 * ones count nowhere) exist and every one of them is achieved (latched). Never once a person reopened it: from then
 * on only a person closes it. `due` says the rule holds now; the service closes it, once.
 */
export function evaluateCompletion(onboarding: Onboarding, facts: OnboardingFacts): Assessment['completion'] {
  if (onboarding.status !== 'in_progress' || onboarding.reopenedAt !== null) return { due: false };
  const reviewDone = onboarding.milestones.some(
    (m, i) => m.kind === valueReviewKind && facts.completion.milestones[i]?.status === 'done',
  );
  if (!reviewDone) return { due: false };
  let measurable = 0;
  for (const judged of facts.criteria) {
    if (!judged.counts || !isMeasurable(judged.criterion)) continue;
    // Achieved as judged now: latched, or its target reached by the data at this evaluation.
    if (!judged.achieved) return { due: false };
    measurable += 1;
  }
  return { due: measurable >= completionMinCriteria };
}
