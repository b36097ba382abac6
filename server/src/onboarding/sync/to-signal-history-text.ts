import { toCompactIsoInstant } from '@liftoff/shared/time/iso';
import type { SignalHistoryEntry } from '../ports/index.ts';
import { toWordsLabel } from '../model/to-words-label.ts';

/** A HubSpot multi-line text property holds 65,536 characters; the latest changes are the ones kept. */
const MAX_HISTORY_CHARS = 60_000;

/**
 * A signal's handling as its CRM record shows it, one line per change, oldest first:
 * `2026-03-02T09:00Z · Resolved · user 77 · Called the sponsor`. Liftoff's own changes (a condition that cleared,
 * a resolve whose condition still held) name no user. When the text outgrows the property, the oldest lines go.
 * Null when nobody and nothing changed the signal's state yet.
 */
export function toSignalHistoryText(history: readonly SignalHistoryEntry[]): string | null {
  const lines = history.map((entry) =>
    [
      toCompactIsoInstant(entry.at),
      toWordsLabel(entry.action),
      entry.authorId === null ? 'Liftoff' : `user ${entry.authorId}`,
      ...(entry.note === null ? [] : [entry.note.replaceAll('\n', ' ')]),
    ].join(' · '),
  );
  let kept = lines;
  while (kept.join('\n').length > MAX_HISTORY_CHARS && kept.length > 1) kept = kept.slice(1);
  const text = kept.join('\n');
  return text === '' ? null : text.slice(-MAX_HISTORY_CHARS);
}
