import type { Criterion, Onboarding } from '../../domain/index.ts';
import type { OnboardingFacts } from '../onboarding-facts.ts';
import { toProgress } from '../facts/to-progress.ts';

/**
 * Criteria component = 100 × mean over the criteria of how on-track each is:
 * achieved 1, missed 0; otherwise progress (baseline → target) ÷ the share of its time elapsed from the start date
 * to its due date, capped at 1 (raw progress when it has no due date). Criteria without a target are left out;
 * null when no criterion can be judged.
 */
export function evaluateCriteriaComponent(onboarding: Onboarding, facts: OnboardingFacts): number | null {
  let judged = 0;
  let points = 0;
  for (const criterion of onboarding.criteria) {
    const onTrack = toOnTrack(criterion, onboarding.startDate, facts.today);
    if (onTrack === null) continue;
    judged += 1;
    points += onTrack;
  }
  return judged === 0 ? null : Math.round((100 * points) / judged);
}

function toOnTrack(criterion: Criterion, start: number, today: number): number | null {
  if (criterion.status === 'achieved') return 1;
  if (criterion.status === 'missed') return 0;
  const progress = toProgress(criterion);
  if (progress === null) return null;
  if (criterion.dueDate === null) return progress;
  const span = criterion.dueDate - start;
  const expected = span <= 0 ? 1 : Math.min(1, Math.max(0, (today - start) / span));
  return expected === 0 ? 1 : Math.min(1, progress / expected);
}
