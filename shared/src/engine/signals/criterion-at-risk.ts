/**
 * Rule: a criterion not achieved and past its due date → high; due within 14 days with progress
 * from baseline to target below 50 % → warning. The worst criterion sets the severity.
 */
import { DAY_MS, isPastDue } from '../../time/calendar.ts';
import { toIsoDate } from '../../time/iso.ts';
import { toProgress } from '../facts/to-progress.ts';
import type { SignalRule } from './signal-rule.ts';

export const evaluateCriterionAtRisk: SignalRule = (onboarding, facts, thresholds) => {
  const { dueWithinDays, minProgress } = thresholds.criterionAtRisk;
  const late: string[] = [];
  const atRisk: string[] = [];
  for (const criterion of onboarding.criteria) {
    if (criterion.status === 'achieved' || criterion.dueDate === null) continue;
    const progress = toProgress(criterion);
    const shown = progress === null ? 'unknown progress' : `${Math.round(progress * 100)} % progress`;
    if (isPastDue(criterion.dueDate, facts.now)) {
      late.push(`"${criterion.name}" is past its due date ${toIsoDate(criterion.dueDate)} at ${shown}`);
      continue;
    }
    const daysLeft = (criterion.dueDate - facts.today) / DAY_MS;
    if (daysLeft <= dueWithinDays && (progress === null || progress < minProgress)) {
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
