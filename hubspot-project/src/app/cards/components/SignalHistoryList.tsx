import { Flex, Text } from '@hubspot/ui-extensions';
import type { SignalHistoryEntryView } from '../../packages/contract/index.ts';
import { signalHistoryActionLabels, signalLabels, toDateLabel } from './format-values.ts';

/** `3 Apr 2026 · No first login · Resolved · user 77 · Called the sponsor`: Liftoff's own changes name no user. */
const toEntryLabel = (entry: SignalHistoryEntryView): string =>
  [
    toDateLabel(entry.at),
    signalLabels[entry.type],
    signalHistoryActionLabels[entry.action],
    entry.byUserId === null ? 'Liftoff' : `user ${entry.byUserId}`,
    ...(entry.note === null ? [] : [entry.note]),
  ].join(' · ');

/** Every handling of every signal, resolved ones included, newest first: who did what, when, and why. */
export const SignalHistoryList = ({ history }: { history: SignalHistoryEntryView[] }) => (
  <Flex direction="column" gap="xs">
    <Text format={{ fontWeight: 'demibold' }}>Handling history</Text>
    {history.length === 0 ? <Text variant="microcopy">No signal handled yet.</Text> : null}
    {history.map((entry, index) => (
      <Text key={`${entry.at}-${entry.type}-${index}`} testId={`signal-history-${index}`} variant="microcopy">
        {toEntryLabel(entry)}
      </Text>
    ))}
  </Flex>
);
