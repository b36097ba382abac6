import type { EscalationLevel } from '../domain/index.ts';
import type { SignalFinding } from './signals/signal-rule.ts';

/**
 * A signal's recommended action at its escalation level: the rule's action for that level where the method says the
 * action follows the level (docs/PRODUCT.md §4 Escalation), else its one action. Level 0 (acknowledged, snoozed)
 * takes the rule's `action`, which such rules set to their level-1 step: the first rung is what handling resumes with.
 */
export function decideSignalAction(
  finding: Pick<SignalFinding, 'action' | 'actionsByLevel'>,
  level: EscalationLevel,
): string {
  if (finding.actionsByLevel === undefined || level === 0) return finding.action;
  return finding.actionsByLevel[level];
}
