import { Flex, Heading, List, ProgressBar, Text } from '@hubspot/ui-extensions';
import type { HandoffReadinessView } from '../../packages/contract/index.ts';

/** Readiness 0–100 and exactly what is missing, with the points each gap costs. */
export const ReadinessPanel = ({ readiness }: { readiness: HandoffReadinessView }) => (
  <Flex direction="column" gap="xs">
    <Heading>Handoff readiness</Heading>
    <ProgressBar
      testId="readiness-score"
      title={`${readiness.score}/100`}
      value={readiness.score}
      maxValue={100}
      variant={readiness.score >= 85 ? 'success' : readiness.score >= 50 ? 'warning' : 'danger'}
    />
    {readiness.missing.length === 0 ? (
      <Text testId="readiness-complete">Ready for the customer-success team.</Text>
    ) : (
      <List testId="readiness-missing" variant="unordered-styled">
        {readiness.missing.map((gap) => (
          <Text key={gap.code}>
            {gap.message} (−{gap.points})
          </Text>
        ))}
      </List>
    )}
  </Flex>
);
