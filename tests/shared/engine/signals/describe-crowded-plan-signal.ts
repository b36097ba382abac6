import type { Onboarding, SignalType } from '@liftoff/shared/domain/index';
import { describe, expect, it } from 'vitest';
import { buildOnboarding } from '../../../support/build-onboarding.ts';
import { findSignal } from './find-signal.ts';

/**
 * The cases of a signal on a plan that lists too many items (criteria, first-week steps), which one rule shape
 * serves: silent at 5 items, info from the 6th, and the count named in the evidence.
 */
export function describeCrowdedPlanSignal(
  type: SignalType,
  crowded: {
    items: string;
    plan: (count: number) => Partial<Onboarding>;
    day: number;
    evidence: { count: number; text: string };
  },
): void {
  describe(type, () => {
    it.each([
      { count: 5, raised: false },
      { count: 6, raised: true },
    ])(`with $count ${crowded.items} raised=$raised (info)`, ({ count, raised }) => {
      const signal = findSignal(buildOnboarding(crowded.plan(count)), crowded.day, type);
      expect(signal?.severity).toBe(raised ? 'info' : undefined);
    });

    it('carries the count in its evidence', () => {
      const onboarding = buildOnboarding(crowded.plan(crowded.evidence.count));
      expect(findSignal(onboarding, crowded.day, type)?.evidence).toBe(crowded.evidence.text);
    });
  });
}
