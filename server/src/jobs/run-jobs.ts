import type { Result } from '../result.ts';
import { applyCompanyDeletion } from '../onboarding/sync/apply-company-deletion.ts';
import { applyCompanyMerge } from '../onboarding/sync/apply-company-merge.ts';
import type { CrmGateway } from '../onboarding/ports/crm-gateway.ts';
import type { Clock, Store } from '../onboarding/ports/index.ts';
import { pullChangedCompanies } from '../onboarding/sync/pull-changed-companies.ts';
import { recomputeOnboarding } from '../onboarding/sync/recompute-onboarding.ts';
import { refreshCompanies } from '../onboarding/sync/refresh-companies.ts';
import { refreshDealContacts } from '../onboarding/handoff/refresh-deal-contacts.ts';
import { startOnboarding } from '../onboarding/sync/start-onboarding.ts';
import { writeHandoffBack } from '../onboarding/handoff/write-handoff-back.ts';
import { writeStakeholderLabels } from '../onboarding/handoff/write-stakeholder-labels.ts';
import type { SyncError } from '../onboarding/sync/sync-error.ts';
import type { Job } from './job.ts';

export interface JobDeps {
  store: Pick<
    Store,
    | 'onboardings'
    | 'activity'
    | 'assessments'
    | 'portfolioRows'
    | 'history'
    | 'syncState'
    | 'portalSettings'
    | 'handoffs'
    | 'owners'
  >;
  crm: CrmGateway;
  clock: Clock;
}

export interface JobsReport {
  started: string[];
  recomputed: string[];
  ignored: string[];
  /** Companies HubSpot does not know, whose onboardings this run parked (never refreshed or written again). */
  parked: string[];
}

/**
 * Runs the jobs of one coalesced group (one company's events, or one portal's pulls): company changes first, then
 * one batched read of the deals touched (created, staged, re-associated, or a first handoff saved), the write of
 * each saved handoff's readiness and of the labels a save set, a single batched refresh of every company touched,
 * then one re-assessment per company. Ten events about one company cost one HubSpot read and one write-back, not ten.
 */
export async function runJobs(
  deps: JobDeps,
  portalId: string,
  jobs: readonly Job[],
): Promise<Result<JobsReport, SyncError>> {
  const toRefresh = new Set<string>();
  const changedDeals = new Set<string>();
  const savedDeals = new Set<string>();
  const toRecompute = new Set<string>();
  const deleted = new Set<string>();
  const report: JobsReport = { started: [], recomputed: [], ignored: [], parked: [] };
  let pulled = false;
  for (const job of jobs) {
    switch (job.kind) {
      case 'start_onboarding': {
        changedDeals.add(job.dealId);
        const started = await startOnboarding(deps, portalId, job.dealId);
        if (!started.ok) return started;
        const outcome = started.value;
        if (outcome.status === 'started') {
          report.started.push(outcome.companyId);
          toRecompute.add(outcome.companyId);
        } else report.ignored.push(`deal ${job.dealId}: ${outcome.reason}`);
        break;
      }
      case 'refresh_company':
        toRefresh.add(job.companyId);
        break;
      case 'pull_changes':
        if (!pulled) {
          const pulledCompanies = await pullChangedCompanies(deps, portalId);
          for (const companyId of pulledCompanies.refreshed) toRecompute.add(companyId);
          report.parked.push(...pulledCompanies.parked);
        }
        pulled = true;
        break;
      case 'merge_company': {
        const merged = await applyCompanyMerge(deps, portalId, job.mergedCompanyIds, job.survivingCompanyId);
        if (!merged.ok) return merged;
        // The merged-away ids are gone from HubSpot. The survivor is re-read and re-assessed (even if its onboarding
        // is finished): its write-back raises the moved onboarding's signal records under the survivor's keys.
        for (const companyId of job.mergedCompanyIds) {
          toRefresh.delete(companyId);
          toRecompute.delete(companyId);
        }
        toRefresh.add(merged.value);
        toRecompute.add(merged.value);
        break;
      }
      case 'remove_company':
        await applyCompanyDeletion(deps, portalId, job.companyId);
        // A deleted company is never written in HubSpot again, even if a later event of the group asks (its closed
        // onboarding is not refreshed either: only onboardings in progress are).
        deleted.add(job.companyId);
        break;
      case 'refresh_deal_contacts':
        changedDeals.add(job.dealId);
        break;
      case 'write_handoff':
        savedDeals.add(job.dealId);
        break;
      case 'reassess':
        toRecompute.add(job.companyId);
        break;
      case 'ignore':
        report.ignored.push(job.reason);
        break;
    }
  }
  await refreshDealContacts(deps, portalId, { changed: [...changedDeals], saved: [...savedDeals] });
  // After the refresh, so the score counts the labels HubSpot holds now and the labels go to the company just read.
  for (const dealId of new Set([...savedDeals, ...changedDeals])) {
    const written = await writeHandoffBack(deps, portalId, dealId);
    if (!written.ok) return written;
  }
  for (const dealId of savedDeals) {
    const labelled = await writeStakeholderLabels(deps, portalId, dealId);
    if (!labelled.ok) return labelled;
  }
  const refreshed = await refreshCompanies(deps, portalId, [...toRefresh]);
  for (const companyId of refreshed.refreshed) toRecompute.add(companyId);
  report.parked.push(...refreshed.parked);
  const parked = new Set(report.parked);
  for (const companyId of [...toRecompute].filter((id) => !deleted.has(id) && !parked.has(id))) {
    const outcome = await recomputeOnboarding(deps, portalId, companyId);
    if (!outcome.ok) return outcome;
    if (outcome.value.status === 'assessed') report.recomputed.push(companyId);
  }
  return { ok: true, value: report };
}
