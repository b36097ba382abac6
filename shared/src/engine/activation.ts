import type { Activation, Onboarding } from '../domain/index.ts';
import { dayNumber } from '../time/calendar.ts';
import type { OnboardingFacts } from './onboarding-facts.ts';

/**
 * Activated on the first day all hold (docs/PRODUCT.md §5): first login done, at least one key feature used (any
 * feature when none is named), every first-week step done (vacuous without steps) — ticked by a person, whose "done
 * on" date counts (a late tick does not move the activation day; a tick without a date dates nothing), or completed
 * by its rule. That day is the latest of those moments, counted from day 0.
 * Without a usage source activation cannot be observed: unknown (`activated: null`), not "not activated".
 */
export function evaluateActivation(onboarding: Onboarding, facts: OnboardingFacts): Activation {
  if (!onboarding.usageTracked) return { activated: null, day: null };
  const notActivated = { activated: false, day: null };
  if (facts.firstLoginAt === null || facts.firstKeyFeatureUseAt === null) return notActivated;
  let at = Math.max(facts.firstLoginAt, facts.firstKeyFeatureUseAt);
  for (const step of facts.completion.steps) {
    if (!step.done) return notActivated;
    if (step.doneAt !== null && step.doneAt > at) at = step.doneAt;
  }
  return { activated: true, day: Math.max(0, dayNumber(onboarding.startDate, at)) };
}
