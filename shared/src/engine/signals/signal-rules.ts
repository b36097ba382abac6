import { evaluateComplexFirstWeek } from './complex-first-week.ts';
import { evaluateCriterionAtRisk } from './criterion-at-risk.ts';
import { evaluateLowActivation } from './low-activation.ts';
import { evaluateMilestoneOverdue } from './milestone-overdue.ts';
import { evaluateNoBaseline } from './no-baseline.ts';
import { evaluateNoCriteria } from './no-criteria.ts';
import { evaluateNoFirstLogin } from './no-first-login.ts';
import { evaluateNoValidationOwner } from './no-validation-owner.ts';
import type { SignalRule } from './signal-rule.ts';
import { evaluateSingleThreaded } from './single-threaded.ts';
import { evaluateTooManyCriteria } from './too-many-criteria.ts';
import { evaluateUnansweredOutreach } from './unanswered-outreach.ts';
import { evaluateUnresolvedTickets } from './unresolved-tickets.ts';
import { evaluateUsageDrop } from './usage-drop.ts';

/** Every rule of docs/PRODUCT.md §4, one per signal type. */
export const signalRules: readonly SignalRule[] = [
  evaluateNoCriteria,
  evaluateTooManyCriteria,
  evaluateComplexFirstWeek,
  evaluateNoFirstLogin,
  evaluateLowActivation,
  evaluateUsageDrop,
  evaluateUnansweredOutreach,
  evaluateUnresolvedTickets,
  evaluateMilestoneOverdue,
  evaluateCriterionAtRisk,
  evaluateSingleThreaded,
  evaluateNoValidationOwner,
  evaluateNoBaseline,
];
