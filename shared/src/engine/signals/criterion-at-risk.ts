/**
 * Rule: a criterion not achieved (latched) past its due date → high; due within 14 days below 50 % progress
 * (direction-aware, computed current) → warning, only when agreed more than 14 days before its due date (agreed
 * inside the window, it would warn at once). Retired criteria count nowhere; the worst criterion sets the severity.
 */
import { DAY_MS, isPastDue } from '../../time/calendar.ts';
import { toIsoDate } from '../../time/iso.ts';
import type { SignalRule } from './signal-rule.ts';

export const evaluateCriterionAtRisk: SignalRule = (_onboarding, facts, thresholds) => {
  const { dueWithinDays, minProgress } = thresholds.criterionAtRisk;
  const late: string[] = [];
  const atRisk: string[] = [];
  for (const { criterion, counts, achieved, agreedOn, assessment } of facts.criteria) {
    if (!counts || achieved || criterion.dueDate === null) continue;
    const { progress } = assessment;
    const shown = progress === null ? 'unknown progress' : `${Math.round(progress * 100)} % progress`;
    if (isPastDue(criterion.dueDate, facts.now)) {
      late.push(`"${criterion.name}" is past its due date ${toIsoDate(criterion.dueDate)} at ${shown}`);
      continue;
    }
    const agreedAhead = (criterion.dueDate - agreedOn) / DAY_MS > dueWithinDays;
    const daysLeft = (criterion.dueDate - facts.today) / DAY_MS;
    if (agreedAhead && daysLeft <= dueWithinDays && (progress === null || progress < minProgress)) {
      atRisk.push(`"${criterion.name}" is due in ${daysLeft} days (${toIsoDate(criterion.dueDate)}) at ${shown}`);
    }
  }
  if (late.length === 0 && atRisk.length === 0) return null;
  return {
    type: 'criterion_at_risk',
    severity: late.length > 0 ? 'high' : 'warning',
    evidence: `${[...late, ...atRisk].join('; ')} (threshold: ${Math.round(minProgress * 100)} % within ${dueWithinDays} days of the due date).`,
    action: 'Focus the effort on the lagging criterion; renegotiate its target or date if needed.',
  };
};
