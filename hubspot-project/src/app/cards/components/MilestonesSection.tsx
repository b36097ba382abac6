import { useState } from 'react';
import { Button, Checkbox, Flex, Heading, StatusTag, Text, TextArea, Tile } from '@hubspot/ui-extensions';
import type { ChecklistItemView, MilestoneView } from '../../packages/contract/index.ts';
import { completeMilestone } from '../api/onboarding-api.ts';
import { milestoneStatusVariants, toDateLabel, toWordsLabel } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

const CompleteMilestoneForm = ({ milestone, runner }: { milestone: MilestoneView; runner: OnboardingActionRunner }) => {
  const [checklist, setChecklist] = useState<ChecklistItemView[]>(milestone.checklist);
  const [notes, setNotes] = useState(milestone.notes ?? '');
  const { companyId, pending, run } = runner;
  return (
    <Flex direction="column" gap="xs">
      {checklist.map((item, index) => (
        <Checkbox
          key={item.label}
          name={`${milestone.id}-item-${index}`}
          checked={item.done}
          onChange={(checked) =>
            setChecklist((items) => items.map((other, i) => (i === index ? { ...other, done: checked } : other)))
          }
        >
          {item.label}
        </Checkbox>
      ))}
      <TextArea name={`${milestone.id}-notes`} label="Notes" value={notes} onChange={setNotes} />
      <Button
        testId={`complete-${milestone.id}`}
        size="sm"
        variant="primary"
        disabled={pending}
        onClick={() =>
          void run(
            () => completeMilestone(companyId, milestone.id, { checklist, notes: notes.trim() === '' ? null : notes }),
            `${milestone.name}: completed.`,
          )
        }
      >
        Complete milestone
      </Button>
    </Flex>
  );
};

/** The plan's timeline: due, done or late, with the checklist the CSM ticks when completing a milestone. */
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
      <Tile key={milestone.id} compact>
        <Flex direction="column" gap="xs">
          <Flex direction="row" gap="sm" align="center">
            <Text format={{ fontWeight: 'demibold' }}>{milestone.name}</Text>
            <StatusTag variant={milestoneStatusVariants[milestone.status]}>{toWordsLabel(milestone.status)}</StatusTag>
            <Text variant="microcopy">
              {milestone.status === 'done'
                ? `done ${toDateLabel(milestone.completedAt)}`
                : `due ${toDateLabel(milestone.dueDate)}`}
            </Text>
          </Flex>
          {milestone.status === 'done' || milestone.status === 'skipped' ? (
            milestone.notes === null ? null : (
              <Text variant="microcopy">{milestone.notes}</Text>
            )
          ) : (
            <CompleteMilestoneForm milestone={milestone} runner={runner} />
          )}
        </Flex>
      </Tile>
    ))}
  </Flex>
);
