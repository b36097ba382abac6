import type { Instant } from './time-values.ts';

export const signalTypes = [
  'no_criteria',
  'too_many_criteria',
  'complex_first_week',
  'no_first_login',
  'low_activation',
  'usage_drop',
  'unanswered_outreach',
  'unresolved_tickets',
  'milestone_overdue',
  'criterion_at_risk',
  'single_threaded',
  'no_validation_owner',
  'no_baseline',
] as const;
export type SignalType = (typeof signalTypes)[number];

/** Ordered from least to most severe. */
export const severities = ['info', 'warning', 'high', 'critical'] as const;
export type Severity = (typeof severities)[number];

export const signalStatuses = ['open', 'acknowledged', 'snoozed', 'resolved'] as const;
export type SignalStatus = (typeof signalStatuses)[number];

export type EscalationLevel = 0 | 1 | 2 | 3;

/**
 * Who resolved a signal: a person (the condition may still hold: then it re-opens with its detection time), or the
 * service when the condition stopped holding (only then does a return of the condition count as a new detection).
 */
export const signalResolvers = ['person', 'condition_cleared'] as const;
export type SignalResolver = (typeof signalResolvers)[number];

/** What the service (or HubSpot) already knows of a signal: gives detection time and the CSM's handling. */
export interface PriorSignal {
  type: SignalType;
  status: SignalStatus;
  detectedAt: Instant;
  snoozedUntil: Instant | null;
  /** When a person acknowledged it; a high or critical one escalates again some days later. */
  acknowledgedAt: Instant | null;
  /** When a person snoozed it; a snooze lasts at most a capped number of days from here. */
  snoozedAt: Instant | null;
  resolvedAt: Instant | null;
  /** null when unknown (an older record): a resolved signal is then detected anew, as before. */
  resolvedBy: SignalResolver | null;
}

/** A signal as assessed now: its condition holds. */
export interface Signal {
  type: SignalType;
  severity: Severity;
  /** open, acknowledged or snoozed (a snooze that has expired reads as open again). */
  status: Exclude<SignalStatus, 'resolved'>;
  detectedAt: Instant;
  snoozedUntil: Instant | null;
  escalationLevel: EscalationLevel;
  /** A person resolved it while its condition still held: it is back, with its first detection time and level. */
  reopened: boolean;
  /** A human sentence carrying the numbers, e.g. "No login in 29 days since start (threshold: day 14)." */
  evidence: string;
  action: string;
}
