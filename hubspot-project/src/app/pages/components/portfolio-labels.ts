import type {
  ContractRiskLevel,
  PortfolioOwnerView,
  SignalOutcomeView,
  SignalOutcomesView,
  TimeToValueBucketView,
} from '../../packages/contract/index.ts';
import { toPercentLabel } from '../../packages/card-client/history-values.ts';

/** Tag's own variants (not StatusTag's): high and critical risk read as errors. */
export type TagVariant = 'default' | 'warning' | 'success' | 'error' | 'info';

export const riskTagVariants: Record<ContractRiskLevel, TagVariant> = {
  low: 'success',
  medium: 'warning',
  high: 'error',
  critical: 'error',
};

/** The CSM as the manager knows them: HubSpot's name, or the owner id until HubSpot's owners list names them. */
export function toOwnerLabel(owner: PortfolioOwnerView | null): string {
  if (owner === null) return 'Unassigned';
  return owner.name ?? `Owner ${owner.id}`;
}

/** `{fromDay: 0, toDay: 7}` → `0–7 days`; the open last bucket → `91+ days`. */
export function toBucketLabel(bucket: Pick<TimeToValueBucketView, 'fromDay' | 'toDay'>): string {
  return bucket.toDay === null ? `${bucket.fromDay}+ days` : `${bucket.fromDay}–${bucket.toDay} days`;
}

/** A rate with its n, so a 100 % of one onboarding never reads like a 100 % of fifty. */
export function toRateLabel(counts: { activated: number; eligible: number }): string {
  if (counts.eligible === 0) return '— (none eligible)';
  return `${counts.activated} / ${counts.eligible} (${Math.round((counts.activated / counts.eligible) * 100)} %)`;
}

/** The churned among the accounts a signal fired on, with the n: `3 of 8 (38 %)`; `—` when it fired on none. */
export function toChurnedLabel(outcome: Pick<SignalOutcomeView, 'accounts' | 'churned' | 'churnRate'>): string {
  if (outcome.churnRate === null) return '—';
  return `${outcome.churned} of ${outcome.accounts} (${toPercentLabel(outcome.churnRate)})`;
}

/** The closed onboardings in one line, the churns no signal warned about with their share of the churned. */
export function toOutcomesSummary(view: Pick<SignalOutcomesView, 'closed' | 'churned' | 'unwarned'>): string {
  const { count, share } = view.unwarned;
  const unwarned = share === null ? String(count) : `${count} (${toPercentLabel(share)})`;
  return `Closed onboardings: ${view.closed} · churned: ${view.churned} · churned with no warning: ${unwarned}`;
}
