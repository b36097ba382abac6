import { Button, DateInput, Flex, Heading, Input, NumberInput, Text, Tile } from '@hubspot/ui-extensions';
import type { HandoffCriterionInput } from '../../packages/contract/index.ts';
import { toIsoDate, toPickerDate } from './format-values.ts';

const emptyCriterion: HandoffCriterionInput = {
  name: '',
  metric: null,
  unit: null,
  baseline: null,
  target: null,
  dueDate: null,
};

const toNullableText = (value: string): string | null => (value.trim() === '' ? null : value);

/** The promises sales made: 3–5 criteria, each with a metric, a baseline, a target and a due date. */
export const HandoffCriteriaEditor = ({
  criteria,
  maxCriteria,
  onChange,
}: {
  criteria: HandoffCriterionInput[];
  maxCriteria: number;
  onChange: (criteria: HandoffCriterionInput[]) => void;
}) => {
  const update = (index: number, patch: Partial<HandoffCriterionInput>) =>
    onChange(criteria.map((criterion, i) => (i === index ? { ...criterion, ...patch } : criterion)));
  return (
    <Flex direction="column" gap="sm">
      <Heading>Success criteria</Heading>
      {criteria.map((criterion, index) => (
        <Tile key={criterion.id ?? `new-${index}`} compact>
          <Flex direction="row" gap="xs" align="end" wrap>
            <Input
              name={`criterion-${index}-name`}
              label="Criterion"
              required
              value={criterion.name}
              onChange={(name) => update(index, { name })}
            />
            <Input
              name={`criterion-${index}-metric`}
              label="Metric"
              value={criterion.metric ?? ''}
              onChange={(metric) => update(index, { metric: toNullableText(metric) })}
            />
            <Input
              name={`criterion-${index}-unit`}
              label="Unit"
              value={criterion.unit ?? ''}
              onChange={(unit) => update(index, { unit: toNullableText(unit) })}
            />
            <NumberInput
              name={`criterion-${index}-baseline`}
              label="Baseline"
              value={criterion.baseline ?? undefined}
              onChange={(baseline) => update(index, { baseline })}
            />
            <NumberInput
              name={`criterion-${index}-target`}
              label="Target"
              value={criterion.target ?? undefined}
              onChange={(target) => update(index, { target })}
            />
            <DateInput
              name={`criterion-${index}-due`}
              label="Due"
              format="YYYY-MM-DD"
              value={criterion.dueDate === null ? undefined : toPickerDate(criterion.dueDate)}
              onChange={({ year, month, date }) => update(index, { dueDate: toIsoDate({ year, month, date }) })}
            />
            <Button
              testId={`remove-criterion-${index}`}
              size="sm"
              variant="transparent"
              onClick={() => onChange(criteria.filter((_, i) => i !== index))}
            >
              Remove
            </Button>
          </Flex>
        </Tile>
      ))}
      {criteria.length >= maxCriteria ? (
        <Text variant="microcopy">
          {maxCriteria} criteria at most: keep the essential ones, move the rest to phase 2.
        </Text>
      ) : (
        <Button testId="add-criterion" size="sm" onClick={() => onChange([...criteria, emptyCriterion])}>
          Add criterion
        </Button>
      )}
    </Flex>
  );
};
