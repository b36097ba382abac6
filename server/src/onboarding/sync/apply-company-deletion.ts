import type { OnboardingStatus } from '@liftoff/shared/domain/index';
import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import { knownObjectTypes } from './known-values.ts';
import { toPortalThresholds } from '../settings/parse-threshold-overrides.ts';
import { toCompanySignalKeys } from './plan-company-merge.ts';
import type { Clock, Store, StoredOnboarding } from '../ports/index.ts';
import { toOnboardingRecord } from '../model/to-onboarding-record.ts';
import { toPriorSignals } from '../model/to-prior-signals.ts';
import { saveAssessment } from '../model/save-assessment.ts';

export interface CompanyDeletionDeps {
  store: Pick<Store, 'onboardings' | 'assessments' | 'portfolioRows' | 'history' | 'syncState' | 'portalSettings'>;
  clock: Clock;
}

/**
 * A deleted company cannot go on onboarding: one in progress is closed as abandoned, the status a CSM gives an
 * onboarding that stopped without an outcome. A finished one (completed, churned, abandoned) keeps its outcome.
 */
export function decideStatusAfterDeletion(status: OnboardingStatus): OnboardingStatus {
  return status === 'in_progress' ? 'abandoned' : status;
}

async function closeOnboarding(deps: CompanyDeletionDeps, stored: StoredOnboarding): Promise<void> {
  const status = decideStatusAfterDeletion(stored.onboarding.status);
  if (status === stored.onboarding.status) return;
  const { onboardings, portalSettings } = deps.store;
  const settings = await portalSettings.get(stored.portalId);
  const closed = { ...stored.onboarding, status };
  const assessment = evaluateOnboarding(closed, deps.clock.now(), toPortalThresholds(settings?.thresholds));
  await onboardings.save(toOnboardingRecord(stored, { status, signals: toPriorSignals(closed.signals, assessment) }));
  await saveAssessment(deps.store, stored.portalId, { ...stored, onboarding: closed }, assessment);
}

/**
 * The company was deleted in HubSpot. Its onboarding is kept for cohort reports (docs/PRODUCT.md §2: history stays),
 * closed by decideStatusAfterDeletion, with its activity and usage and an assessment at the closing time so the
 * portfolio shows it closed, its signals resolved (a closed onboarding raises none). Everything Liftoff knew of the
 * company's HubSpot objects is forgotten: the company and the keys of its signal, criterion and milestone records
 * (left on no company once HubSpot drops the associations). No HubSpot call in any mode: HubSpot removes the deleted company's associations
 * itself. Safe to repeat: a redelivered deletion finds the onboarding closed already.
 */
export async function applyCompanyDeletion(
  deps: CompanyDeletionDeps,
  portalId: string,
  companyId: string,
): Promise<void> {
  const { onboardings, syncState } = deps.store;
  const stored = await onboardings.get(portalId, companyId);
  if (stored !== null) await closeOnboarding(deps, stored);
  const records = stored?.onboarding;
  await Promise.all([
    syncState.forgetObjects(portalId, knownObjectTypes.company, [companyId]),
    syncState.forgetObjects(portalId, knownObjectTypes.signal, toCompanySignalKeys(companyId)),
    syncState.forgetObjects(
      portalId,
      knownObjectTypes.criterion,
      (records?.criteria ?? []).map((criterion) => criterion.id),
    ),
    syncState.forgetObjects(
      portalId,
      knownObjectTypes.milestone,
      (records?.milestones ?? []).map((milestone) => milestone.id),
    ),
  ]);
}
