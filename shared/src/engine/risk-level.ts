import type { RiskLevel, RiskReason, Signal } from '../domain/index.ts';
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

/**
 * What sets the level (`liftoff_risk_reason`, the card): the most severe signal held when its severity alone gives
 * that level (signals arrive sorted, most severe first), else the score band.
 */
export function decideRiskReason(
  riskLevel: RiskLevel,
  sortedSignals: readonly Pick<Signal, 'severity' | 'type'>[],
): RiskReason {
  const worst = sortedSignals[0];
  if (worst === undefined || worst.severity === 'info') return 'score';
  return riskLevelOfSeverity[worst.severity] === riskLevel ? worst.type : 'score';
}

/** The level a held signal of each severity sets by itself; info signals set none. */
const riskLevelOfSeverity: Record<Exclude<Signal['severity'], 'info'>, RiskLevel> = {
  warning: 'medium',
  high: 'high',
  critical: 'critical',
};
