import type { MetricOptionView } from '@liftoff/shared/contract/index';
import { computedMetricKinds } from '@liftoff/shared/engine/index';
import type { ComputedMetricKind } from '@liftoff/shared/engine/index';

const metricLabels: Record<ComputedMetricKind, string> = {
  weekly_active_users: 'Weekly active users',
  logins_7d: 'Logins in the last 7 days',
  active_users_30d: 'Active users in the last 30 days',
  feature_uses_30d: 'Uses in the last 30 days',
  days_to_first_value: 'Days to first value',
};

/**
 * The metrics Liftoff computes from the product's usage (docs/PRODUCT.md §3.1), as a criterion names them; feature
 * use is offered once per key feature of the plan (`feature_uses_30d:<feature>`).
 */
export function toMetricOptions(keyFeatures: readonly string[]): MetricOptionView[] {
  return computedMetricKinds.flatMap((kind) =>
    kind === 'feature_uses_30d'
      ? keyFeatures.map((feature) => ({ metric: `${kind}:${feature}`, label: `${feature}: ${metricLabels[kind]}` }))
      : [{ metric: kind, label: metricLabels[kind] }],
  );
}
