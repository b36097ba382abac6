import type { RiskLevel, Signal } from '../domain/index.ts';
import type { Thresholds } from './thresholds.ts';

/**
 * Risk: critical if any open critical signal or score < 30; high if any open high signal or score < 50;
 * medium if score < 70 or any open warning; else low. Every signal whose condition holds counts here, even when
 * acknowledged or snoozed: handling a problem stops its escalation, it does not make the account safer, and the
 * risk property drives managers' reports and workflows.
 */
export function decideRiskLevel(
  healthScore: number,
  signals: readonly Pick<Signal, 'severity'>[],
  thresholds: Thresholds,
): RiskLevel {
  const held = new Set(signals.map((s) => s.severity));
  const { criticalBelow, highBelow, mediumBelow } = thresholds.risk;
  if (held.has('critical') || healthScore < criticalBelow) return 'critical';
  if (held.has('high') || healthScore < highBelow) return 'high';
  if (held.has('warning') || healthScore < mediumBelow) return 'medium';
  return 'low';
}
