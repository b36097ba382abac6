import { useState } from 'react';
import { Button, DateInput, Flex, Input, TextArea } from '@hubspot/ui-extensions';
import type { MilestoneView } from '../../packages/contract/index.ts';
import { replanMilestone, setMilestoneOwner, skipMilestone } from '../api/onboarding-api.ts';
import { toIsoDate } from './format-values.ts';
import type { PickerDate } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

type OpenForm = 'replan' | 'skip' | null;

/**
 * What the CSM changes in a milestone not done: its due date (always with a reason, kept in its history), skipping it
 * (with a reason), and its owner. A skipped milestone can only be re-planned, which brings it back into the plan.
 * The two forms open on demand so the timeline stays readable.
 */
export const MilestonePlanActions = ({
  milestone,
  runner,
}: {
  milestone: MilestoneView;
  runner: OnboardingActionRunner;
}) => {
  const [open, setOpen] = useState<OpenForm>(null);
  const [dueDate, setDueDate] = useState<PickerDate | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [owner, setOwner] = useState(milestone.owner ?? '');
  const { companyId, pending, run } = runner;
  const { id, name } = milestone;
  const toggle = (form: Exclude<OpenForm, null>) => {
    setReason('');
    setOpen((current) => (current === form ? null : form));
  };
  const savedOwner = owner.trim() === '' ? null : owner.trim();
  return (
    <Flex direction="column" gap="xs">
      <Flex direction="row" gap="xs" align="end" wrap>
        <Button testId={`show-replan-${id}`} size="sm" disabled={pending} onClick={() => toggle('replan')}>
          Re-plan
        </Button>
        {milestone.status === 'skipped' ? null : (
          <>
            <Button testId={`show-skip-${id}`} size="sm" disabled={pending} onClick={() => toggle('skip')}>
              Skip
            </Button>
            <Input name={`owner-${id}`} label="Owner" value={owner} onChange={setOwner} />
            <Button
              testId={`save-owner-${id}`}
              size="sm"
              disabled={pending || savedOwner === milestone.owner}
              onClick={() =>
                void run(
                  () => setMilestoneOwner(companyId, id, { owner: savedOwner }),
                  savedOwner === null ? `${name}: owner cleared.` : `${name}: owner saved.`,
                )
              }
            >
              Save owner
            </Button>
          </>
        )}
      </Flex>
      {open === 'replan' ? (
        <Flex direction="row" gap="xs" align="end" wrap>
          <DateInput
            name={`replan-date-${id}`}
            label="New due date"
            required
            format="YYYY-MM-DD"
            value={dueDate}
            onChange={({ year, month, date }) => setDueDate({ year, month, date })}
          />
          <TextArea name={`replan-reason-${id}`} label="Why it moves" required value={reason} onChange={setReason} />
          <Button
            testId={`replan-${id}`}
            size="sm"
            variant="primary"
            disabled={pending || dueDate === undefined || reason.trim() === ''}
            onClick={() => {
              if (dueDate === undefined) return;
              const newDueDate = toIsoDate(dueDate);
              void run(async () => {
                const result = await replanMilestone(companyId, id, { dueDate: newDueDate, reason: reason.trim() });
                if (result.ok) setOpen(null);
                return result;
              }, `${name}: re-planned to ${newDueDate}.`);
            }}
          >
            Save new date
          </Button>
        </Flex>
      ) : null}
      {open === 'skip' ? (
        <Flex direction="row" gap="xs" align="end" wrap>
          <TextArea name={`skip-reason-${id}`} label="Why it is skipped" required value={reason} onChange={setReason} />
          <Button
            testId={`skip-${id}`}
            size="sm"
            variant="destructive"
            disabled={pending || reason.trim() === ''}
            onClick={() =>
              void run(async () => {
                const result = await skipMilestone(companyId, id, { reason: reason.trim() });
                if (result.ok) setOpen(null);
                return result;
              }, `${name}: skipped.`)
            }
          >
            Skip milestone
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
};
