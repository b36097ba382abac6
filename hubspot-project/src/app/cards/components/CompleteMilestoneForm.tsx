import { useState } from 'react';
import { Button, Checkbox, DateInput, Flex, TextArea } from '@hubspot/ui-extensions';
import type { ChecklistItemView, CompleteMilestoneBody, MilestoneView } from '../../packages/contract/index.ts';
import { completeMilestone } from '../api/onboarding-api.ts';
import { toIsoDate } from './format-values.ts';
import type { PickerDate } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

/**
 * The checklist as the CSM ticked it, notes, and the day it was done: left empty it is today, and a day in the past
 * records when the meeting really happened (the service refuses one before day 0 or after today).
 */
export const CompleteMilestoneForm = ({
  milestone,
  runner,
}: {
  milestone: MilestoneView;
  runner: OnboardingActionRunner;
}) => {
  const [checklist, setChecklist] = useState<ChecklistItemView[]>(milestone.checklist);
  const [notes, setNotes] = useState(milestone.notes ?? '');
  const [doneOn, setDoneOn] = useState<PickerDate | undefined>(undefined);
  const { companyId, pending, run } = runner;
  const body: CompleteMilestoneBody = {
    ...(doneOn === undefined ? {} : { completedOn: toIsoDate(doneOn) }),
    checklist,
    notes: notes.trim() === '' ? null : notes,
  };
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
      <Flex direction="row" gap="xs" align="end" wrap>
        <DateInput
          name={`${milestone.id}-done-on`}
          label="Done on"
          format="YYYY-MM-DD"
          value={doneOn}
          onChange={({ year, month, date }) => setDoneOn({ year, month, date })}
        />
        <Button
          testId={`complete-${milestone.id}`}
          size="sm"
          variant="primary"
          disabled={pending}
          onClick={() =>
            void run(() => completeMilestone(companyId, milestone.id, body), `${milestone.name}: completed.`)
          }
        >
          Complete milestone
        </Button>
      </Flex>
    </Flex>
  );
};
