import { severities } from '../domain/index.ts';
import type { Severity, Signal } from '../domain/index.ts';

/** Signals read most severe first (critical → info), then by type name, so output is stable. */
export function compareSignals(a: Pick<Signal, 'severity' | 'type'>, b: Pick<Signal, 'severity' | 'type'>): number {
  const bySeverity = toSeverityRank(b.severity) - toSeverityRank(a.severity);
  if (bySeverity !== 0) return bySeverity;
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}

/** 0 for info up to 3 for critical. */
export function toSeverityRank(severity: Severity): number {
  return severities.indexOf(severity);
}
