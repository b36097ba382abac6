import { useState } from 'react';
import { Button, Flex, Heading, Select, Text, TextArea } from '@hubspot/ui-extensions';
import type { CheckpointNoteView, MilestoneView } from '../../packages/contract/index.ts';
import { logCheckpointNote } from '../api/onboarding-api.ts';
import { toDateLabel } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

const generalNote = '';

/** The checkpoint log (day 7 / 30 / 60 / 90 and any other touchpoint), newest first, and a form to add to it. */
export const CheckpointLog = ({
  notes,
  milestones,
  runner,
}: {
  notes: CheckpointNoteView[];
  milestones: MilestoneView[];
  runner: OnboardingActionRunner;
}) => {
  const [note, setNote] = useState('');
  const [milestoneId, setMilestoneId] = useState<string>(generalNote);
  const { companyId, pending, run } = runner;
  const milestoneNames = new Map(milestones.map((milestone) => [milestone.id, milestone.name]));
  return (
    <Flex direction="column" gap="sm">
      <Heading>Checkpoint log</Heading>
      {notes.length === 0 ? <Text>No checkpoint logged yet.</Text> : null}
      {notes.map((entry) => (
        <Text key={entry.id}>
          {toDateLabel(entry.loggedAt)}
          {entry.milestoneId === null ? '' : ` · ${milestoneNames.get(entry.milestoneId) ?? 'milestone'}`}: {entry.note}
        </Text>
      ))}
      <Select
        name="checkpoint-milestone"
        label="About"
        value={milestoneId}
        options={[
          { label: 'General note', value: generalNote },
          ...milestones.map((milestone) => ({ label: milestone.name, value: milestone.id })),
        ]}
        onChange={(value) => setMilestoneId(String(value))}
      />
      <TextArea name="checkpoint-note" label="Checkpoint note" value={note} onChange={setNote} />
      <Button
        testId="log-checkpoint"
        size="sm"
        disabled={pending || note.trim() === ''}
        onClick={() =>
          void run(async () => {
            const result = await logCheckpointNote(companyId, {
              milestoneId: milestoneId === generalNote ? null : milestoneId,
              note: note.trim(),
            });
            if (result.ok) setNote('');
            return result;
          }, 'Checkpoint note logged.')
        }
      >
        Log checkpoint
      </Button>
    </Flex>
  );
};
