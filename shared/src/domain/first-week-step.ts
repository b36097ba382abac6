import type { CompletionRule, ManualMark } from './completion-rule.ts';
import type { Instant } from './time-values.ts';

/** One step of the recommended first-week path (the method asks for 3–5). */
export interface FirstWeekStep {
  id: string;
  name: string;
  /** When a person said it was done (the date they give, so a late tick does not move the activation day). */
  doneAt: Instant | null;
  /** Completes by itself when the activity proves it; null = only a person completes it. */
  completesWhen: CompletionRule | null;
  /** A person's word over the rule; a `doneAt` without a mark is a person's `done`. */
  manual: ManualMark | null;
}
