import { useState } from 'react';
import { Button, Flex, Heading, Select, StatusTag, Text, TextArea } from '@hubspot/ui-extensions';
import { contractOnboardingOutcomes, contractOutcomeReasons } from '../../packages/contract/index.ts';
import type {
  ContractOnboardingOutcome,
  ContractOutcomeReason,
  OnboardingView,
  OutcomeView,
} from '../../packages/contract/index.ts';
import { closeOnboarding, reopenOnboarding } from '../api/onboarding-api.ts';
import { outcomeVariants, toDateLabel, toWordsLabel } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

const noReason = '';

/** In progress: close it with its outcome. Churned and abandoned need a reason (the service refuses one without). */
const CloseForm = ({ runner }: { runner: OnboardingActionRunner }) => {
  const [outcome, setOutcome] = useState<ContractOnboardingOutcome>('completed');
  const [reason, setReason] = useState<ContractOutcomeReason | typeof noReason>(noReason);
  const [note, setNote] = useState('');
  const { companyId, pending, run } = runner;
  const needsReason = outcome !== 'completed' && reason === noReason;
  return (
    <Flex direction="column" gap="xs">
      <Flex direction="row" gap="xs" align="end" wrap>
        <Select
          name="close-outcome"
          label="Outcome"
          value={outcome}
          options={contractOnboardingOutcomes.map((value) => ({ label: toWordsLabel(value), value }))}
          onChange={(value) => setOutcome(value as ContractOnboardingOutcome)}
        />
        <Select
          name="close-reason"
          label="Reason"
          value={reason}
          options={[
            { label: 'No reason', value: noReason },
            ...contractOutcomeReasons.map((value) => ({ label: toWordsLabel(value), value })),
          ]}
          onChange={(value) => setReason(value as ContractOutcomeReason | typeof noReason)}
        />
      </Flex>
      <TextArea name="close-note" label="Note for the checkpoint log" value={note} onChange={setNote} />
      {needsReason ? (
        <Text variant="microcopy">Say why it {outcome === 'churned' ? 'churned' : 'was abandoned'}.</Text>
      ) : null}
      <Button
        testId="close-onboarding"
        size="sm"
        variant="destructive"
        disabled={pending || needsReason}
        onClick={() =>
          void run(
            () =>
              closeOnboarding(companyId, {
                outcome,
                reason: reason === noReason ? null : reason,
                note: note.trim() === '' ? null : note.trim(),
              }),
            `Onboarding closed as ${outcome}.`,
          )
        }
      >
        Close onboarding
      </Button>
    </Flex>
  );
};

/** Closed: how it ended and what came of sales' promises, and a way back in progress. */
const ClosedOutcome = ({ outcome, runner }: { outcome: OutcomeView; runner: OnboardingActionRunner }) => {
  const [note, setNote] = useState('');
  const { companyId, pending, run } = runner;
  return (
    <Flex direction="column" gap="xs">
      <Flex direction="row" gap="sm" align="center" wrap>
        <StatusTag testId="outcome" variant={outcomeVariants[outcome.outcome]}>
          {toWordsLabel(outcome.outcome)}
        </StatusTag>
        <Text testId="outcome-detail">
          Closed on {toDateLabel(outcome.closedAt)}
          {outcome.reason === null ? '' : ` · ${toWordsLabel(outcome.reason)}`}
        </Text>
      </Flex>
      {outcome.promisesJudged === 0 ? null : (
        <Text testId="promises-kept">
          Sales promises kept: {outcome.promisesKept} of {outcome.promisesJudged}
        </Text>
      )}
      <TextArea name="reopen-note" label="Why reopen" value={note} onChange={setNote} />
      <Button
        testId="reopen-onboarding"
        size="sm"
        disabled={pending}
        onClick={() =>
          void run(
            () => reopenOnboarding(companyId, note.trim() === '' ? {} : { note: note.trim() }),
            'Onboarding reopened: it now closes only when a person closes it.',
          )
        }
      >
        Reopen
      </Button>
    </Flex>
  );
};

/** Closing (docs/PRODUCT.md §2 step 8): the Close control while in progress, the outcome and Reopen once closed. */
export const OutcomeSection = ({
  onboarding,
  runner,
}: {
  onboarding: Pick<OnboardingView, 'outcome'>;
  runner: OnboardingActionRunner;
}) => (
  <Flex direction="column" gap="sm">
    <Heading>Outcome</Heading>
    {onboarding.outcome === null ? (
      <CloseForm runner={runner} />
    ) : (
      <ClosedOutcome outcome={onboarding.outcome} runner={runner} />
    )}
  </Flex>
);
