import type { Onboarding, Signal, SignalType } from '@liftoff/shared/domain/index';
import { evaluateOnboarding, mergeThresholds } from '@liftoff/shared/engine/index';
import type { ThresholdOverrides } from '@liftoff/shared/engine/index';
import { atDay } from '../../../support/build-onboarding.ts';

/** The signal of `type` the engine raises for `onboarding` at noon on day `day`, if any. */
export function findSignal(
  onboarding: Onboarding,
  day: number,
  type: SignalType,
  overrides?: ThresholdOverrides,
): Signal | undefined {
  const start = onboarding.startDate;
  return evaluateOnboarding(onboarding, atDay(day, start), mergeThresholds(overrides)).signals.find(
    (s) => s.type === type,
  );
}
