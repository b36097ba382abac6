import { Flex, Heading, Statistics, StatisticsItem, Text } from '@hubspot/ui-extensions';
import type { ActivitySummaryView } from '../../packages/contract/index.ts';
import { toDateLabel } from './format-values.ts';

/** The customer's side: usage over the last 7 days, key features, last reply and open tickets. */
export const ActivitySection = ({ activity }: { activity: ActivitySummaryView }) => (
  <Flex direction="column" gap="sm">
    <Heading>Activity</Heading>
    <Statistics>
      <StatisticsItem label="Logins (7 days)" number={activity.usageTracked ? activity.logins7d : '—'} />
      <StatisticsItem label="Active users (7 days)" number={activity.usageTracked ? activity.activeUsers7d : '—'} />
      <StatisticsItem label="Open tickets" number={activity.openTickets} />
    </Statistics>
    {activity.usageTracked ? (
      <Text>
        Key features used: {activity.keyFeaturesUsed.length} of {activity.keyFeatures.length}
        {activity.keyFeaturesUsed.length === 0 ? '' : ` (${activity.keyFeaturesUsed.join(', ')})`} · last login{' '}
        {toDateLabel(activity.lastLoginAt)}
      </Text>
    ) : (
      <Text>No usage source connected: usage is unknown, not zero.</Text>
    )}
    <Text>Last inbound reply: {toDateLabel(activity.lastInboundReplyAt)}</Text>
  </Flex>
);
