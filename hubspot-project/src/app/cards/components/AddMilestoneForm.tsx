import { useState } from 'react';
import { Button, DateInput, Flex, Input, Text } from '@hubspot/ui-extensions';
import { addMilestone } from '../api/onboarding-api.ts';
import { toIsoDate } from './format-values.ts';
import type { PickerDate } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

/** A custom milestone of this plan (a security review, a go-live): only a person completes it. */
export const AddMilestoneForm = ({ runner }: { runner: OnboardingActionRunner }) => {
  const [name, setName] = useState('');
  const [dueDate, setDueDate] = useState<PickerDate | undefined>(undefined);
  const [owner, setOwner] = useState('');
  const { companyId, pending, run } = runner;
  return (
    <Flex direction="column" gap="xs">
      <Text format={{ fontWeight: 'demibold' }}>Add milestone</Text>
      <Flex direction="row" gap="xs" align="end" wrap>
        <Input name="new-milestone-name" label="Milestone" required value={name} onChange={setName} />
        <DateInput
          name="new-milestone-due"
          label="Due date"
          required
          format="YYYY-MM-DD"
          value={dueDate}
          onChange={({ year, month, date }) => setDueDate({ year, month, date })}
        />
        <Input name="new-milestone-owner" label="Owner" value={owner} onChange={setOwner} />
        <Button
          testId="add-milestone"
          size="sm"
          disabled={pending || name.trim() === '' || dueDate === undefined}
          onClick={() => {
            if (dueDate === undefined) return;
            const body = {
              name: name.trim(),
              dueDate: toIsoDate(dueDate),
              owner: owner.trim() === '' ? null : owner.trim(),
            };
            void run(async () => {
              const result = await addMilestone(companyId, body);
              if (result.ok) {
                setName('');
                setDueDate(undefined);
                setOwner('');
              }
              return result;
            }, `${body.name}: added to the plan.`);
          }}
        >
          Add milestone
        </Button>
      </Flex>
    </Flex>
  );
};
