import { useState } from 'react';
import { Button, DateInput, Flex, Heading, StatusTag, Text, TextArea, Tile } from '@hubspot/ui-extensions';
import type { SignalHistoryEntryView, SignalView } from '../../packages/contract/index.ts';
import { acknowledgeSignal, resolveSignal, snoozeSignal } from '../api/onboarding-api.ts';
import { SignalHistoryList } from './SignalHistoryList.tsx';
import { severityVariants, signalLabels, toDateLabel, toIsoDate } from './format-values.ts';
import type { PickerDate } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

const SignalActions = ({ signal, runner }: { signal: SignalView; runner: OnboardingActionRunner }) => {
  const [snoozeUntil, setSnoozeUntil] = useState<PickerDate | undefined>(undefined);
  const [note, setNote] = useState('');
  const { companyId, pending, run } = runner;
  const label = signalLabels[signal.type];
  return (
    <Flex direction="column" gap="xs">
      <Flex direction="row" gap="xs" align="end" wrap>
        {signal.status === 'open' ? (
          <Button
            testId={`acknowledge-${signal.type}`}
            size="sm"
            disabled={pending}
            onClick={() => void run(() => acknowledgeSignal(companyId, signal.type), `${label}: acknowledged.`)}
          >
            Acknowledge
          </Button>
        ) : null}
        <DateInput
          name={`snooze-${signal.type}`}
          label="Snooze until"
          format="YYYY-MM-DD"
          value={snoozeUntil}
          onChange={({ year, month, date }) => setSnoozeUntil({ year, month, date })}
        />
        <Button
          testId={`snooze-${signal.type}`}
          size="sm"
          disabled={pending || snoozeUntil === undefined}
          onClick={() => {
            if (snoozeUntil === undefined) return;
            const until = toIsoDate(snoozeUntil);
            void run(() => snoozeSignal(companyId, signal.type, { until }), `${label}: snoozed until ${until}.`);
          }}
        >
          Snooze
        </Button>
      </Flex>
      <Flex direction="row" gap="xs" align="end" wrap>
        <TextArea name={`resolve-note-${signal.type}`} label="What was done" value={note} onChange={setNote} />
        <Button
          testId={`resolve-${signal.type}`}
          size="sm"
          variant="primary"
          disabled={pending || note.trim() === ''}
          onClick={() =>
            void run(() => resolveSignal(companyId, signal.type, { note: note.trim() }), `${label}: resolved.`)
          }
        >
          Resolve
        </Button>
      </Flex>
    </Flex>
  );
};

/**
 * Open signals, most severe first, each with its evidence, the recommended action and the CSM's options; a signal a
 * person resolved while its condition still held is back, with its first detection time. Below, how every signal
 * was handled.
 */
export const SignalsSection = ({
  signals,
  history,
  runner,
}: {
  signals: SignalView[];
  history: SignalHistoryEntryView[];
  runner: OnboardingActionRunner;
}) => (
  <Flex direction="column" gap="sm">
    <Heading>Signals</Heading>
    {signals.length === 0 ? <Text>No open signal.</Text> : null}
    {signals.map((signal) => (
      <Tile key={signal.type} compact testId={`signal-${signal.type}`}>
        <Flex direction="column" gap="xs">
          <Flex direction="row" gap="sm" align="center" wrap>
            <StatusTag variant={severityVariants[signal.severity]}>{signal.severity}</StatusTag>
            <Text format={{ fontWeight: 'demibold' }}>{signalLabels[signal.type]}</Text>
            <Text variant="microcopy">
              {signal.status === 'snoozed'
                ? `snoozed until ${toDateLabel(signal.snoozedUntil)}`
                : `${signal.status} since ${toDateLabel(signal.detectedAt)}`}
              {signal.escalationLevel > 0 ? ` · escalation ${signal.escalationLevel}` : ''}
            </Text>
          </Flex>
          {signal.reopened ? (
            <Text testId={`reopened-${signal.type}`} format={{ fontWeight: 'demibold' }}>
              Re-opened: its condition still holds
            </Text>
          ) : null}
          <Text>{signal.evidence}</Text>
          <Text format={{ italic: true }}>Next: {signal.action}</Text>
          <SignalActions signal={signal} runner={runner} />
        </Flex>
      </Tile>
    ))}
    <SignalHistoryList history={history} />
  </Flex>
);
