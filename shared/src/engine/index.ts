/**
 * The rules engine's public surface: everything outside shared/src/engine imports the engine from here
 * (`@liftoff/shared/engine/index`), never a rule, a health component or a fact helper directly.
 */
export { evaluateOnboarding } from './evaluate-onboarding.ts';
export { evaluatePortfolio } from './evaluate-portfolio.ts';
export { evaluatePortfolioReplay } from './evaluate-portfolio-replay.ts';
export { evaluateHandoffReadiness, handoffCriteriaLimits, handoffPoints } from './evaluate-handoff-readiness.ts';
export type { HandoffFacts, HandoffGap, HandoffGapCode, HandoffReadiness } from './evaluate-handoff-readiness.ts';
export { evaluateCohorts } from './cohorts.ts';
export { toMedian } from './to-median.ts';
export { evaluatePromiseKept } from './evaluate-promise-kept.ts';
export type { CohortMember } from './cohorts.ts';
export { compareSignals, toSeverityRank } from './signal-order.ts';
export { toPriorByType } from './signal-state.ts';
export { defaultThresholds, healthFormula, mergeThresholds } from './thresholds.ts';
export type { ThresholdOverrides, Thresholds } from './thresholds.ts';
export { checkpointKinds, cohortHorizonDays, phaseLastDay, usageWeekDays, valueReviewKind } from './method-calendar.ts';
export { isMeasurable } from './facts/is-measurable.ts';
export { toEngagedCoverage } from './facts/to-engaged-coverage.ts';
export { toMilestoneRule } from './facts/to-completion-facts.ts';
export { computedMetricKinds } from './facts/compute-metric.ts';
export type { ComputedMetricKind } from './facts/compute-metric.ts';
export { parseComputedMetric } from './facts/compute-metric.ts';
