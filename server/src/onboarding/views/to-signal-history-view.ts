import type { SignalHistoryEntryView } from '@liftoff/shared/contract/index';
import { toIsoInstant } from '@liftoff/shared/time/iso';
import type { SignalHandling } from '../ports/index.ts';

/** Every signal's handling in one log, newest first (an equal instant: the later entry first), for the card. */
export function toSignalHistoryView(handling: readonly SignalHandling[]): SignalHistoryEntryView[] {
  return handling
    .flatMap((signal) => signal.history.map((entry, index) => ({ type: signal.type, entry, index })))
    .sort((a, b) => b.entry.at - a.entry.at || b.index - a.index)
    .map(({ type, entry }) => ({
      type,
      at: toIsoInstant(entry.at),
      action: entry.action,
      byUserId: entry.authorId,
      note: entry.note,
    }));
}
