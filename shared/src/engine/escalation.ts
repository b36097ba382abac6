import type { EscalationLevel, Instant, Severity, Signal } from '../domain/index.ts';
import { DAY_MS } from '../time/calendar.ts';
import type { Thresholds } from './thresholds.ts';

/**
 * Escalation of one signal: an open (not acknowledged, not snoozed) high or critical signal is at level 1
 * when detected less than 3 days ago, 2 from 3 days, 3 from 7 days; every other signal is at 0.
 */
export function decideEscalationLevel(
  signal: { severity: Severity; status: Signal['status']; detectedAt: Instant },
  now: Instant,
  thresholds: Thresholds,
): EscalationLevel {
  if (signal.status !== 'open' || (signal.severity !== 'high' && signal.severity !== 'critical')) return 0;
  const age = now - signal.detectedAt;
  if (age >= thresholds.escalation.level3FromDays * DAY_MS) return 3;
  if (age >= thresholds.escalation.level2FromDays * DAY_MS) return 2;
  return 1;
}

/** The company's escalation level is the highest of its signals'. */
export function decideCompanyEscalationLevel(signals: readonly Signal[]): EscalationLevel {
  let level: EscalationLevel = 0;
  for (const signal of signals) if (signal.escalationLevel > level) level = signal.escalationLevel;
  return level;
}
