import type { Instant } from './time-values.ts';

/** One step of the recommended first-week path (the method asks for 3–5). */
export interface FirstWeekStep {
  id: string;
  name: string;
  doneAt: Instant | null;
}
