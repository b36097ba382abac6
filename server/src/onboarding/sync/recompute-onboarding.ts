import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { Assessment, Criterion, Instant, Milestone } from '@liftoff/shared/domain/index';
import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import type {
  CompanyOnboardingFields,
  CrmGateway,
  DealHandoffFields,
  StoredSignal,
  WritePlan,
  WriteResult,
} from '../ports/crm-gateway.ts';
import {
  isSameValue,
  knownObjectTypes,
  parseKnownFields,
  parseKnownRecord,
  toKnownObjectValues,
} from './known-values.ts';
import { toPortalThresholds } from '../settings/parse-threshold-overrides.ts';
import { readKnownStakeholders, toStakeholderKey } from './known-stakeholders.ts';
import { planWriteBack, toSignalKey } from './plan-write-back.ts';
import type { KnownCrmState } from './plan-write-back.ts';
import type { Clock, KnownObjectValues, OnboardingRecord, Store } from '../ports/index.ts';
import type { SyncError } from './sync-error.ts';
import { toOnboardingRecord } from '../model/to-onboarding-record.ts';
import { toLatchedCriteria } from '../model/to-latched-criteria.ts';
import { toPriorSignals } from '../model/to-prior-signals.ts';
import { decideOutcomeChange } from '../model/decide-outcome-change.ts';
import { saveAssessment } from '../model/save-assessment.ts';

export interface RecomputeDeps {
  store: Pick<Store, 'onboardings' | 'assessments' | 'portfolioRows' | 'history' | 'syncState' | 'portalSettings'>;
  crm: CrmGateway;
  clock: Clock;
}

export type RecomputeOutcome =
  { status: 'no_onboarding' } | { status: 'parked' } | { status: 'assessed'; assessment: Assessment; writes: number };

async function readKnownState(
  deps: RecomputeDeps,
  portalId: string,
  companyId: string,
  dealId: string | null,
  recordIds: { signals: string[]; criteria: string[]; milestones: string[]; contacts: string[] },
): Promise<KnownCrmState> {
  const { syncState } = deps.store;
  const [company, deal, signals, criteria, milestones, stakeholders] = await Promise.all([
    syncState.getKnownValues(portalId, knownObjectTypes.company, [companyId]),
    syncState.getKnownValues(portalId, knownObjectTypes.deal, dealId === null ? [] : [dealId]),
    syncState.getKnownValues(portalId, knownObjectTypes.signal, recordIds.signals),
    syncState.getKnownValues(portalId, knownObjectTypes.criterion, recordIds.criteria),
    syncState.getKnownValues(portalId, knownObjectTypes.milestone, recordIds.milestones),
    readKnownStakeholders(syncState, portalId, companyId, recordIds.contacts),
  ]);
  const toRecords = <T extends object>(known: Map<string, Record<string, string | null>>, field: keyof T & string) =>
    new Map(
      [...known].flatMap(([id, values]) => {
        const record = parseKnownRecord<T>(values, field);
        return record === null ? [] : [[id, record] as const];
      }),
    );
  return {
    company: parseKnownFields<CompanyOnboardingFields>(company.get(companyId)),
    deal: dealId === null ? {} : parseKnownFields<DealHandoffFields>(deal.get(dealId)),
    signals: toRecords<StoredSignal>(signals, 'key'),
    criteria: toRecords<Criterion>(criteria, 'id'),
    milestones: toRecords<Milestone>(milestones, 'id'),
    stakeholders,
  };
}

/** After the CRM accepted a write, its values become what HubSpot is known to hold. */
async function rememberWrites(deps: RecomputeDeps, portalId: string, plan: WritePlan, results: WriteResult[]) {
  const accepted = new Set(results.filter((result) => result.ok).map((result) => `${result.target}:${result.id}`));
  const pick = (target: string, objects: KnownObjectValues[]) =>
    objects.filter((object) => accepted.has(`${target}:${object.objectId}`));
  const { syncState } = deps.store;
  await Promise.all([
    syncState.rememberValues(
      portalId,
      knownObjectTypes.company,
      pick(
        'company',
        plan.companies.map((write) => toKnownObjectValues(write.id, write.desired)),
      ),
    ),
    syncState.rememberValues(
      portalId,
      knownObjectTypes.deal,
      pick(
        'deal',
        plan.deals.map((write) => toKnownObjectValues(write.id, write.desired)),
      ),
    ),
    syncState.rememberValues(
      portalId,
      knownObjectTypes.signal,
      pick(
        'signal',
        plan.signals.map((write) => toKnownObjectValues(write.desired.key, write.desired)),
      ),
    ),
    syncState.rememberValues(
      portalId,
      knownObjectTypes.criterion,
      pick(
        'criterion',
        plan.criteria.map((write) => toKnownObjectValues(write.desired.id, write.desired)),
      ),
    ),
    syncState.rememberValues(
      portalId,
      knownObjectTypes.milestone,
      pick(
        'milestone',
        plan.milestones.map((write) => toKnownObjectValues(write.desired.id, write.desired)),
      ),
    ),
    syncState.rememberValues(
      portalId,
      knownObjectTypes.stakeholder,
      pick(
        'stakeholder',
        plan.stakeholders.map((write) =>
          toKnownObjectValues(toStakeholderKey(write.companyId, write.contactId), write.desired),
        ),
      ),
    ),
  ]);
}

/**
 * The automatic completion (docs/PRODUCT.md §2 step 8), applied once: the onboarding becomes `completed` at `now`, its
 * sales promises judged, and its checkpoint log says why. Once completed it is no longer due, so a second run, or a
 * retry of this one, closes nothing. False when the store refused (the onboarding was removed meanwhile).
 */
async function completeAutomatically(
  deps: RecomputeDeps,
  record: OnboardingRecord,
  assessment: Assessment,
  now: Instant,
): Promise<boolean> {
  const change = decideOutcomeChange({
    onboarding: record.onboarding,
    assessment,
    action: {
      kind: 'close_onboarding',
      outcome: 'completed',
      reason: null,
      note: 'The day-90 review is done and every measurable criterion is achieved.',
    },
    authorId: null,
    now,
  });
  if (!change.ok) return false;
  const closed = await deps.store.onboardings.setOutcome(record.portalId, record.onboarding.companyId, change.value);
  return closed.ok;
}

/**
 * Re-assesses one company's onboarding now and writes the difference back (docs/PRODUCT.md §2.5–§2.6): runs the
 * engine, keeps the assessment (and its portfolio row), the signals' states and latched achievements in the store, then writes to HubSpot
 * only what differs from what HubSpot is known to hold; an onboarding the completion rule finds complete is closed
 * first (completeAutomatically). Safe to repeat: a second run with nothing new makes no HubSpot call.
 * A rejected write fails the run (retried by the worker); the writes that succeeded are remembered first. A parked
 * onboarding is left as it is: there is nothing in HubSpot to write it to.
 */
export async function recomputeOnboarding(
  deps: RecomputeDeps,
  portalId: string,
  companyId: string,
): Promise<Result<RecomputeOutcome, SyncError>> {
  const { store, crm } = deps;
  const stored = await store.onboardings.get(portalId, companyId);
  if (stored === null) return { ok: true, value: { status: 'no_onboarding' } };
  if (stored.parked !== null) return { ok: true, value: { status: 'parked' } };
  const now = deps.clock.now();
  const settings = await store.portalSettings.get(portalId);
  const assessment = evaluateOnboarding(stored.onboarding, now, toPortalThresholds(settings?.thresholds));
  await saveAssessment(store, portalId, stored, assessment);
  const signals = toPriorSignals(stored.onboarding.signals, assessment);
  const criteria = toLatchedCriteria(stored.onboarding.criteria, assessment);
  const record = toOnboardingRecord(stored, { signals, criteria });
  let { signalHandling } = stored;
  if (!isSameValue(signals, stored.onboarding.signals) || !isSameValue(criteria, stored.onboarding.criteria)) {
    await store.onboardings.save(record);
    // Saving appends what the service saw to the signals' history (cleared, re-opened): their records carry it.
    signalHandling = (await store.onboardings.get(portalId, companyId))?.signalHandling ?? signalHandling;
  }
  if (assessment.completion.due && (await completeAutomatically(deps, record, assessment, now))) {
    // Closed now: assessed again as completed (its phase, next action, no signal) and written back from there.
    return recomputeOnboarding(deps, portalId, companyId);
  }
  const { onboarding } = record;

  const mode = settings?.mode ?? 'store_only';
  // In store-only mode HubSpot holds no Liftoff records, so only the company's known values are read.
  const hasRecords = mode === 'custom_objects';
  const known = await readKnownState(deps, portalId, companyId, stored.dealId, {
    signals: hasRecords ? signals.map((signal) => toSignalKey(companyId, signal.type)) : [],
    criteria: hasRecords ? onboarding.criteria.map((criterion) => criterion.id) : [],
    milestones: hasRecords ? onboarding.milestones.map((milestone) => milestone.id) : [],
    contacts: onboarding.stakeholders.map((stakeholder) => stakeholder.contactId),
  });
  const plan = planWriteBack({
    mode,
    dealId: stored.dealId,
    onboarding,
    assessment,
    signalHandling,
    known,
    now,
  });
  const results = await crm.applyWritePlan(plan);
  await rememberWrites(deps, portalId, plan, results);
  const failed = results.filter((result) => !result.ok);
  if (failed.length > 0) {
    const summary = failed.map((result) => `${result.target} ${result.id}: ${result.ok ? '' : result.error.code}`);
    return fail({
      code: 'crm_write_failed',
      message: `HubSpot refused ${failed.length} write(s): ${summary.join('; ')}`,
    });
  }
  return { ok: true, value: { status: 'assessed', assessment, writes: results.length } };
}
