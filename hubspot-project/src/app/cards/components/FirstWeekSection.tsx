import { useState } from 'react';
import { Button, DateInput, Flex, Heading, Text, Tile } from '@hubspot/ui-extensions';
import type { FirstWeekStepView, MarkFirstWeekStepBody } from '../../packages/contract/index.ts';
import { markFirstWeekStep, removeFirstWeekStep } from '../api/onboarding-api.ts';
import { completedByLabels, toDateLabel, toIsoDate } from './format-values.ts';
import type { PickerDate } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

/** Done by its rule or a person's tick; a person's "not done" wins over the rule until it is undone. */
const toStepStateLabel = (step: FirstWeekStepView): string => {
  if (step.done) {
    const by = step.completedBy === null ? '' : ` ${completedByLabels[step.completedBy]}`;
    return `☑ done${by} on ${toDateLabel(step.doneAt)}`;
  }
  return step.mark === 'not_done' ? '☐ marked not done by a person' : '☐ not done yet';
};

const FirstWeekStep = ({ step, runner }: { step: FirstWeekStepView; runner: OnboardingActionRunner }) => {
  const [doneOn, setDoneOn] = useState<PickerDate | undefined>(undefined);
  const { companyId, pending, run } = runner;
  const mark = (body: MarkFirstWeekStepBody, outcome: string) =>
    void run(() => markFirstWeekStep(companyId, step.id, body), `${step.name}: ${outcome}`);
  return (
    <Tile compact testId={`step-${step.id}`}>
      <Flex direction="column" gap="xs">
        <Flex direction="row" gap="sm" align="center" wrap>
          <Text format={{ fontWeight: 'demibold' }}>{step.name}</Text>
          <Text variant="microcopy">{toStepStateLabel(step)}</Text>
        </Flex>
        {step.rule === null ? null : <Text variant="microcopy">{step.rule}</Text>}
        <Flex direction="row" gap="xs" align="end" wrap>
          {step.done ? (
            <Button
              testId={`step-not-done-${step.id}`}
              size="sm"
              disabled={pending}
              onClick={() => mark({ mark: 'not_done' }, 'marked not done.')}
            >
              Not done
            </Button>
          ) : (
            <>
              <DateInput
                name={`step-done-on-${step.id}`}
                label="Done on"
                format="YYYY-MM-DD"
                value={doneOn}
                onChange={({ year, month, date }) => setDoneOn({ year, month, date })}
              />
              <Button
                testId={`step-done-${step.id}`}
                size="sm"
                variant="primary"
                disabled={pending}
                onClick={() =>
                  mark(doneOn === undefined ? { mark: 'done' } : { mark: 'done', doneOn: toIsoDate(doneOn) }, 'done.')
                }
              >
                Done
              </Button>
              <Button
                testId={`step-remove-${step.id}`}
                size="sm"
                variant="transparent"
                disabled={pending}
                onClick={() =>
                  void run(() => removeFirstWeekStep(companyId, step.id), `${step.name}: removed from the first week.`)
                }
              >
                Remove
              </Button>
            </>
          )}
          {step.mark === null ? null : (
            <Button
              testId={`step-undo-${step.id}`}
              size="sm"
              variant="transparent"
              disabled={pending}
              onClick={() => mark({ mark: null }, 'back to its rule.')}
            >
              Undo
            </Button>
          )}
        </Flex>
      </Flex>
    </Tile>
  );
};

/**
 * The recommended first-week path (3–5 steps): the short road to first value. Data completes what it can prove;
 * the CSM ticks the rest (on the day it happened: a late tick does not move the activation day), marks a step not
 * done when the rule proved it wrongly, undoes their own word to follow the rule again, and removes a step not done
 * to keep the path to 3–5 steps.
 */
export const FirstWeekSection = ({ steps, runner }: { steps: FirstWeekStepView[]; runner: OnboardingActionRunner }) => (
  <Flex direction="column" gap="xs">
    <Heading>First week</Heading>
    {steps.map((step) => (
      <FirstWeekStep key={step.id} step={step} runner={runner} />
    ))}
  </Flex>
);
