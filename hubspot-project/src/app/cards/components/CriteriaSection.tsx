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
import type { CriterionView } from '../../packages/contract/index.ts';
import { setCriterionStatus, updateCriterionValue } from '../api/onboarding-api.ts';
import { CriteriaAgreementForm } from './CriteriaAgreementForm.tsx';
import { criterionStatusVariants, toDateLabel, toNumberLabel, toWordsLabel } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

const CriterionActions = ({ criterion, runner }: { criterion: CriterionView; runner: OnboardingActionRunner }) => {
  const [current, setCurrent] = useState<number | undefined>(criterion.current ?? undefined);
  const { companyId, pending, run } = runner;
  if (criterion.status === 'achieved' || criterion.status === 'missed') return null;
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
 * Each criterion from baseline to target, its progress, due date and status; the CSM agrees a proposal's terms with
 * the customer, then records values and closes it here.
 */
export const CriteriaSection = ({
  criteria,
  runner,
}: {
  criteria: CriterionView[];
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
                <Text format={{ fontWeight: 'demibold' }}>{criterion.name}</Text>
                {criterion.measurable ? (
                  <CriterionActions criterion={criterion} runner={runner} />
                ) : (
                  <CriteriaAgreementForm criterion={criterion} runner={runner} />
                )}
              </TableCell>
              <TableCell>
                <Text>
                  {toNumberLabel(criterion.baseline)} → {toNumberLabel(criterion.target, criterion.unit)} (now{' '}
                  {toNumberLabel(criterion.current)})
                </Text>
              </TableCell>
              <TableCell>
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
  </Flex>
);
