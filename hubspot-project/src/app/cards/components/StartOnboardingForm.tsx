import { useState } from 'react';
import { Button, DateInput, EmptyState, Flex, Select, Text } from '@hubspot/ui-extensions';
import type { OnboardingEmptyView } from '../../packages/contract/index.ts';
import { startOnboarding } from '../api/onboarding-api.ts';
import { toIsoDate, toPickerDate } from './format-values.ts';
import type { PickerDate } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

/** No onboarding yet: the CSM picks a template and the kickoff date (day 0) and starts it. */
export const StartOnboardingForm = ({
  empty,
  runner,
}: {
  empty: OnboardingEmptyView;
  runner: OnboardingActionRunner;
}) => {
  const [templateId, setTemplateId] = useState(empty.suggestedTemplateId ?? empty.templates[0]?.id ?? '');
  const [startDate, setStartDate] = useState<PickerDate | undefined>(
    empty.suggestedStartDate === null ? undefined : toPickerDate(empty.suggestedStartDate),
  );
  const { companyId, pending, run } = runner;
  const template = empty.templates.find((candidate) => candidate.id === templateId);
  return (
    <EmptyState title="No onboarding yet" layout="vertical" imageName="building">
      <Flex direction="column" gap="sm">
        <Text>
          Start one from a template: it plans the milestones (day 7, 30, 60 checkpoints and the day-90 review), the
          first-week steps and default success criteria.
        </Text>
        <Select
          name="template"
          label="Template"
          required
          value={templateId}
          options={empty.templates.map((option) => ({ label: option.name, value: option.id }))}
          onChange={(value) => setTemplateId(String(value))}
        />
        {template === undefined ? null : (
          <Text variant="microcopy">
            {template.description} ({template.milestoneCount} milestones, {template.firstWeekStepCount} first-week
            steps)
          </Text>
        )}
        <DateInput
          name="start-date"
          label="Start date (day 0)"
          required
          format="YYYY-MM-DD"
          value={startDate}
          onChange={({ year, month, date }) => setStartDate({ year, month, date })}
        />
        <Button
          testId="start-onboarding"
          variant="primary"
          disabled={pending || template === undefined || startDate === undefined}
          onClick={() => {
            if (startDate === undefined) return;
            void run(
              () => startOnboarding(companyId, { templateId, startDate: toIsoDate(startDate) }),
              'Onboarding started.',
            );
          }}
        >
          Start onboarding
        </Button>
      </Flex>
    </EmptyState>
  );
};
