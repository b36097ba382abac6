import type { CompletionRule } from '@liftoff/shared/domain/index';
import { toWordsLabel } from '../model/to-words-label.ts';

/** What completes a step or a milestone by itself, in the card's words; null when only a person completes it. */
export function toRuleLabel(rule: CompletionRule | null): string | null {
  if (rule === null) return null;
  switch (rule.rule) {
    case 'first_login':
      return 'Completes at the first login';
    case 'key_feature_used':
      return rule.feature === null
        ? 'Completes at the first use of a key feature'
        : `Completes at the first use of ${rule.feature}`;
    case 'active_users':
      return `Completes when ${rule.atLeast} users log in within 7 days`;
    case 'milestone_done':
      return `Completes when the ${toWordsLabel(rule.milestoneKind).toLowerCase()} milestone is done`;
  }
}
