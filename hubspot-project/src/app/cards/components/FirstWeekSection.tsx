import { Flex, Heading, List, Text } from '@hubspot/ui-extensions';
import type { FirstWeekStepView } from '../../packages/contract/index.ts';
import { toDateLabel } from './format-values.ts';

/** The recommended first-week path (3–5 steps): the short road to first value. */
export const FirstWeekSection = ({ steps }: { steps: FirstWeekStepView[] }) => (
  <Flex direction="column" gap="xs">
    <Heading>First week</Heading>
    <List variant="ordered">
      {steps.map((step) => (
        <Text key={step.id}>
          {step.doneAt === null ? '☐' : '☑'} {step.name}
          {step.doneAt === null ? '' : ` (done ${toDateLabel(step.doneAt)})`}
        </Text>
      ))}
    </List>
  </Flex>
);
