import { useState } from 'react';
import {
  Button,
  Flex,
  Heading,
  NumberInput,
  ProgressBar,
  StatusTag,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { CriterionView, MetricOptionView } from '../../packages/contract/index.ts';
import { setCriterionStatus, updateCriterionValue } from '../api/onboarding-api.ts';
import { AddCriterionForm } from './AddCriterionForm.tsx';
import { CriteriaAgreementForm } from './CriteriaAgreementForm.tsx';
import { CriterionPlanActions } from './CriterionPlanActions.tsx';
import {
  criterionStatusVariants,
  currentSourceLabels,
  toDateLabel,
  toNumberLabel,
  toWordsLabel,
} from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

const CriterionActions = ({ criterion, runner }: { criterion: CriterionView; runner: OnboardingActionRunner }) => {
  const [current, setCurrent] = useState<number | undefined>(criterion.current ?? undefined);
  const { companyId, pending, run } = runner;
  if (criterion.status === 'achieved' || criterion.status === 'missed') {
    // A person's verdict can be taken back; a target the data reached is latched (achievedAt), and stays.
    if (criterion.achievedAt !== null) return null;
    return (
      <Button
        testId={`reopen-criterion-${criterion.id}`}
        size="sm"
        variant="transparent"
        disabled={pending}
        onClick={() =>
          void run(
            () => setCriterionStatus(companyId, criterion.id, { status: 'in_progress' }),
            `${criterion.name}: back in progress.`,
          )
        }
      >
        Take back the verdict
      </Button>
    );
  }
  return (
    <Flex direction="row" gap="xs" align="end" wrap>
      <NumberInput name={`current-${criterion.id}`} label="Current value" value={current} onChange={setCurrent} />
      <Button
        testId={`save-current-${criterion.id}`}
        size="sm"
        disabled={pending || current === undefined}
        onClick={() => {
          if (current === undefined) return;
          void run(() => updateCriterionValue(companyId, criterion.id, { current }), `${criterion.name}: value saved.`);
        }}
      >
        Save value
      </Button>
      <Button
        testId={`achieved-${criterion.id}`}
        size="sm"
        disabled={pending}
        onClick={() =>
          void run(
            () => setCriterionStatus(companyId, criterion.id, { status: 'achieved' }),
            `${criterion.name}: marked achieved.`,
          )
        }
      >
        Mark achieved
      </Button>
      <Button
        testId={`missed-${criterion.id}`}
        size="sm"
        variant="destructive"
        disabled={pending}
        onClick={() =>
          void run(
            () => setCriterionStatus(companyId, criterion.id, { status: 'missed' }),
            `${criterion.name}: marked missed.`,
          )
        }
      >
        Mark missed
      </Button>
    </Flex>
  );
};

/**
 * "now 4, from usage": a computed value comes from the product's usage, any other was entered by a person, dated
 * when it was, so the CSM sees how old the figure is.
 */
const toCurrentLabel = (criterion: CriterionView): string => {
  if (criterion.current === null) return 'now —';
  const entered = criterion.currentEnteredAt === null ? '' : ` on ${toDateLabel(criterion.currentEnteredAt)}`;
  return `now ${toNumberLabel(criterion.current)}, ${currentSourceLabels[criterion.currentSource]}${entered}`;
};

/** "baseline measured 3 Mar 2026 · export.csv": where the starting figure comes from, when it was recorded. */
const toBaselineLabel = (criterion: CriterionView): string | null => {
  const parts = [
    ...(criterion.baselineDate === null ? [] : [`baseline measured ${toDateLabel(criterion.baselineDate)}`]),
    ...(criterion.baselineEvidence === null ? [] : [criterion.baselineEvidence]),
  ];
  return parts.length === 0 ? null : parts.join(' · ');
};

const CriterionTerms = ({ criterion }: { criterion: CriterionView }) => (
  <Flex direction="column" gap="xs">
    <Text>
      {toNumberLabel(criterion.baseline)} → {toNumberLabel(criterion.target, criterion.unit)} (
      {toCurrentLabel(criterion)})
    </Text>
    {criterion.direction === 'decrease' ? <Text variant="microcopy">fewer is better</Text> : null}
    {toBaselineLabel(criterion) === null ? null : (
      <Text testId={`baseline-${criterion.id}`} variant="microcopy">
        {toBaselineLabel(criterion)}
      </Text>
    )}
    {criterion.achievedAt === null ? null : (
      <Text variant="microcopy">target reached {toDateLabel(criterion.achievedAt)}</Text>
    )}
  </Flex>
);

/** Where it should be by today, beside where it is; a retired criterion is expected nowhere any more. */
const CriterionProgress = ({ criterion }: { criterion: CriterionView }) => (
  <Flex direction="column" gap="xs">
    {criterion.progressPercent === null ? (
      <Text>—</Text>
    ) : (
      <ProgressBar
        testId={`progress-${criterion.id}`}
        value={criterion.progressPercent}
        maxValue={100}
        showPercentage
        variant={criterion.progressPercent >= 50 ? 'success' : 'warning'}
      />
    )}
    {criterion.expectedProgressPercent === null || criterion.status === 'retired' ? null : (
      <Text testId={`expected-progress-${criterion.id}`} variant="microcopy">
        expected by today: {criterion.expectedProgressPercent} %
      </Text>
    )}
  </Flex>
);

/** A retired criterion is kept for the record, greyed, with no action: it counts nowhere. */
const CriterionCell = ({ criterion, runner }: { criterion: CriterionView; runner: OnboardingActionRunner }) => {
  if (criterion.status === 'retired') {
    return (
      <Text variant="microcopy" format={{ lineDecoration: 'strikethrough' }}>
        {criterion.name}
      </Text>
    );
  }
  return (
    <Flex direction="column" gap="xs">
      <Text format={{ fontWeight: 'demibold' }}>{criterion.name}</Text>
      {criterion.measurable ? (
        <CriterionActions criterion={criterion} runner={runner} />
      ) : (
        <CriteriaAgreementForm criterion={criterion} runner={runner} />
      )}
      <CriterionPlanActions criterion={criterion} runner={runner} />
    </Flex>
  );
};

/**
 * Each criterion from baseline to target, its progress against where it should be by today, due date and status;
 * the CSM adds criteria, agrees a proposal's terms with the customer, records values, corrects, closes and retires
 * them here.
 */
export const CriteriaSection = ({
  criteria,
  metricOptions,
  runner,
}: {
  criteria: CriterionView[];
  metricOptions: MetricOptionView[];
  runner: OnboardingActionRunner;
}) => (
  <Flex direction="column" gap="sm">
    <Heading>Success criteria</Heading>
    {criteria.length === 0 ? (
      <Text>No success criteria yet: agree 3–5 measurable criteria with the customer.</Text>
    ) : (
      <Table bordered>
        <TableHead>
          <TableRow>
            <TableHeader>Criterion</TableHeader>
            <TableHeader>Baseline → target</TableHeader>
            <TableHeader>Progress</TableHeader>
            <TableHeader>Due</TableHeader>
            <TableHeader>Status</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {criteria.map((criterion) => (
            <TableRow key={criterion.id}>
              <TableCell>
                <CriterionCell criterion={criterion} runner={runner} />
              </TableCell>
              <TableCell>
                <CriterionTerms criterion={criterion} />
              </TableCell>
              <TableCell>
                <CriterionProgress criterion={criterion} />
              </TableCell>
              <TableCell>
                <Text>{toDateLabel(criterion.dueDate)}</Text>
              </TableCell>
              <TableCell>
                <StatusTag variant={criterionStatusVariants[criterion.status]}>
                  {toWordsLabel(criterion.status)}
                </StatusTag>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    )}
    <AddCriterionForm metricOptions={metricOptions} runner={runner} />
  </Flex>
);
