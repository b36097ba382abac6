import { Button, Flex, Heading, StatusTag, Text, Tile } from '@hubspot/ui-extensions';
import type { MilestoneReplanView, MilestoneView } from '../../packages/contract/index.ts';
import { reopenMilestone } from '../api/onboarding-api.ts';
import { AddMilestoneForm } from './AddMilestoneForm.tsx';
import { CompleteMilestoneForm } from './CompleteMilestoneForm.tsx';
import { MilestonePlanActions } from './MilestonePlanActions.tsx';
import { completedByLabels, milestoneStatusVariants, toDateLabel, toWordsLabel } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

const toWhenLabel = (milestone: MilestoneView): string => {
  if (milestone.status === 'skipped') return `was due ${toDateLabel(milestone.dueDate)}`;
  if (milestone.status !== 'done') return `due ${toDateLabel(milestone.dueDate)}`;
  const by = milestone.completedBy === null ? '' : ` ${completedByLabels[milestone.completedBy]}`;
  return `done ${toDateLabel(milestone.completedAt)}${by}`;
};

const toReplanLabel = (replan: MilestoneReplanView): string =>
  `moved from ${toDateLabel(replan.previousDueDate)}${replan.reason === null ? '' : `: ${replan.reason}`}`;

const MilestoneTile = ({ milestone, runner }: { milestone: MilestoneView; runner: OnboardingActionRunner }) => {
  const { companyId, pending, run } = runner;
  const done = milestone.status === 'done';
  return (
    <Tile compact testId={`milestone-${milestone.id}`}>
      <Flex direction="column" gap="xs">
        <Flex direction="row" gap="sm" align="center" wrap>
          <Text format={{ fontWeight: 'demibold' }}>{milestone.name}</Text>
          <StatusTag variant={milestoneStatusVariants[milestone.status]}>{toWordsLabel(milestone.status)}</StatusTag>
          <Text variant="microcopy">{toWhenLabel(milestone)}</Text>
          {milestone.owner === null ? null : <Text variant="microcopy">· owner: {milestone.owner}</Text>}
        </Flex>
        {milestone.rule === null ? null : <Text variant="microcopy">{milestone.rule}</Text>}
        {milestone.status === 'skipped' && milestone.skipReason !== null ? (
          <Text testId={`skip-reason-${milestone.id}`}>Skipped: {milestone.skipReason}</Text>
        ) : null}
        {milestone.replans.map((replan) => (
          <Text key={replan.replannedAt} variant="microcopy">
            {toReplanLabel(replan)}
          </Text>
        ))}
        {done || milestone.status === 'skipped' ? (
          milestone.notes === null ? null : (
            <Text variant="microcopy">{milestone.notes}</Text>
          )
        ) : (
          <CompleteMilestoneForm milestone={milestone} runner={runner} />
        )}
        {done ? (
          <Flex direction="row" gap="xs">
            <Button
              testId={`reopen-${milestone.id}`}
              size="sm"
              disabled={pending}
              onClick={() => void run(() => reopenMilestone(companyId, milestone.id), `${milestone.name}: reopened.`)}
            >
              Reopen
            </Button>
          </Flex>
        ) : (
          <MilestonePlanActions milestone={milestone} runner={runner} />
        )}
      </Flex>
    </Tile>
  );
};

/**
 * The plan's timeline: due, done (by a person or by the data) or late, with who owns each milestone and how its
 * date moved. The CSM completes, reopens, re-plans, skips and owns milestones, and adds the plan's own.
 */
export const MilestonesSection = ({
  milestones,
  runner,
}: {
  milestones: MilestoneView[];
  runner: OnboardingActionRunner;
}) => (
  <Flex direction="column" gap="sm">
    <Heading>Milestones</Heading>
    {milestones.map((milestone) => (
      <MilestoneTile key={milestone.id} milestone={milestone} runner={runner} />
    ))}
    <AddMilestoneForm runner={runner} />
  </Flex>
);
