import { useState } from 'react';
import { Button, DateInput, Flex, Input, NumberInput, Select, Text } from '@hubspot/ui-extensions';
import type { AddCriterionBody, ContractCriterionDirection, MetricOptionView } from '../../packages/contract/index.ts';
import { addCriterion } from '../api/onboarding-api.ts';
import { directionOptions, parseDirection, toIsoDate } from './format-values.ts';
import type { PickerDate } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

/** The Select's value for a criterion whose value a person enters (the wire's `metric: null`). */
const enteredByHand = '';

/**
 * A criterion the CSM agreed with the customer. On a metric Liftoff computes, its current value (and a missing
 * baseline) comes from usage; any other is entered by hand. A target and a due date together make it measurable
 * today; without both it is a proposal still to agree (the service refuses one without the other).
 */
export const AddCriterionForm = ({
  metricOptions,
  runner,
}: {
  metricOptions: MetricOptionView[];
  runner: OnboardingActionRunner;
}) => {
  const [name, setName] = useState('');
  const [metric, setMetric] = useState(enteredByHand);
  const [unit, setUnit] = useState('');
  const [direction, setDirection] = useState<ContractCriterionDirection>('increase');
  const [baseline, setBaseline] = useState<number | undefined>(undefined);
  const [target, setTarget] = useState<number | undefined>(undefined);
  const [dueDate, setDueDate] = useState<PickerDate | undefined>(undefined);
  const { companyId, pending, run } = runner;
  const targetAndDueTogether = (target === undefined) === (dueDate === undefined);
  const reset = () => {
    setName('');
    setMetric(enteredByHand);
    setUnit('');
    setDirection('increase');
    setBaseline(undefined);
    setTarget(undefined);
    setDueDate(undefined);
  };
  const toBody = (): AddCriterionBody => ({
    name: name.trim(),
    metric: metric === enteredByHand ? null : metric,
    unit: unit.trim() === '' ? null : unit.trim(),
    direction,
    ...(baseline === undefined ? {} : { baseline }),
    ...(target === undefined || dueDate === undefined ? {} : { target, dueDate: toIsoDate(dueDate) }),
  });
  return (
    <Flex direction="column" gap="xs">
      <Text format={{ fontWeight: 'demibold' }}>Add criterion</Text>
      <Flex direction="row" gap="xs" align="end" wrap>
        <Input name="new-criterion-name" label="Criterion" required value={name} onChange={setName} />
        <Select
          name="new-criterion-metric"
          label="Metric"
          value={metric}
          options={[
            ...metricOptions.map((option) => ({ label: option.label, value: option.metric })),
            { label: 'Entered by hand', value: enteredByHand },
          ]}
          onChange={(value) => setMetric(String(value))}
        />
        <Input name="new-criterion-unit" label="Unit" value={unit} onChange={setUnit} />
        <Select
          name="new-criterion-direction"
          label="Direction"
          value={direction}
          options={directionOptions}
          onChange={(value) => setDirection(parseDirection(value))}
        />
      </Flex>
      <Flex direction="row" gap="xs" align="end" wrap>
        <NumberInput name="new-criterion-baseline" label="Baseline" value={baseline} onChange={setBaseline} />
        <NumberInput name="new-criterion-target" label="Target" value={target} onChange={setTarget} />
        <DateInput
          name="new-criterion-due"
          label="Due date"
          format="YYYY-MM-DD"
          value={dueDate}
          onChange={({ year, month, date }) => setDueDate({ year, month, date })}
        />
        <Button
          testId="add-criterion"
          size="sm"
          disabled={pending || name.trim() === '' || !targetAndDueTogether}
          onClick={() => {
            const body = toBody();
            void run(async () => {
              const result = await addCriterion(companyId, body);
              if (result.ok) reset();
              return result;
            }, `${body.name}: added.`);
          }}
        >
          Add criterion
        </Button>
      </Flex>
      {targetAndDueTogether ? null : (
        <Text variant="microcopy">
          Give a target and a due date together to agree it now, or neither to propose it.
        </Text>
      )}
    </Flex>
  );
};
