import type { EscalationLevel, Onboarding, Severity, SignalType } from '../../domain/index.ts';
import type { OnboardingFacts } from '../onboarding-facts.ts';
import type { Thresholds } from '../thresholds.ts';

/** A rule's verdict when its condition holds: how bad, why (with the numbers), and what to do. */
export interface SignalFinding {
  type: SignalType;
  severity: Severity;
  evidence: string;
  /** What to do; when `actionsByLevel` is given, the action at level 0 (acknowledged, snoozed, lower severity). */
  action: string;
  /** Where the method makes the action follow the escalation level: the action at levels 1, 2 and 3. */
  actionsByLevel?: Readonly<Record<Exclude<EscalationLevel, 0>, string>>;
}

/** One early-warning rule of docs/PRODUCT.md §4: a pure function of the onboarding, its facts and the thresholds. */
export type SignalRule = (
  onboarding: Onboarding,
  facts: OnboardingFacts,
  thresholds: Thresholds,
) => SignalFinding | null;
