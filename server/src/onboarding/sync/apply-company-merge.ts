import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { CrmGateway, StoredSignal } from '../ports/crm-gateway.ts';
import { knownObjectTypes, parseKnownRecord } from './known-values.ts';
import { decideCompanyMerge, planMergedSignalResolutions, toCompanySignalKeys } from './plan-company-merge.ts';
import type { Clock, Store } from '../ports/index.ts';
import type { SyncError } from './sync-error.ts';

export interface CompanyMergeDeps {
  store: Pick<Store, 'onboardings' | 'syncState' | 'portalSettings'>;
  crm: CrmGateway;
  clock: Clock;
}

/**
 * Resolves in HubSpot the merged-away companies' signal records still open, then forgets their known values: the
 * merged-away ids are gone, so nothing writes those keys again. A record HubSpot refused stays known and open, so
 * the retry resolves it. In store-only mode HubSpot holds no signal records: no call at all.
 */
async function resolveMergedSignals(
  deps: CompanyMergeDeps,
  portalId: string,
  mergedCompanyIds: readonly string[],
  survivingCompanyId: string,
): Promise<Result<void, SyncError>> {
  const { syncState, portalSettings } = deps.store;
  const mode = (await portalSettings.get(portalId))?.mode ?? 'store_only';
  if (mode !== 'custom_objects') return { ok: true, value: undefined };
  const keys = mergedCompanyIds.flatMap(toCompanySignalKeys);
  const knownValues = await syncState.getKnownValues(portalId, knownObjectTypes.signal, keys);
  const known = new Map(
    [...knownValues].flatMap(([key, values]) => {
      const signal = parseKnownRecord<StoredSignal>(values, 'key');
      return signal === null ? [] : [[key, signal] as const];
    }),
  );
  const signals = planMergedSignalResolutions({ known, survivingCompanyId, now: deps.clock.now() });
  const results =
    signals.length === 0
      ? []
      : await deps.crm.applyWritePlan({
          companies: [],
          deals: [],
          criteria: [],
          milestones: [],
          signals,
          stakeholders: [],
        });
  const refused = results.flatMap((result) => (result.ok ? [] : [`${result.id}: ${result.error.code}`]));
  const refusedKeys = new Set(results.flatMap((result) => (result.ok ? [] : [result.id])));
  await syncState.forgetObjects(
    portalId,
    knownObjectTypes.signal,
    keys.filter((key) => !refusedKeys.has(key)),
  );
  if (refused.length > 0) {
    return fail({
      code: 'crm_write_failed',
      message: `HubSpot refused to resolve merged signal(s): ${refused.join('; ')}`,
    });
  }
  return { ok: true, value: undefined };
}

/**
 * HubSpot merged companies (docs/HUBSPOT.md §3.1): the onboarding of a merged-away company moves to the
 * surviving id with its activity and usage, unless two onboardings would meet (decideCompanyMerge: parked as
 * merge_refused for a person, with nothing changed). Then, in custom-objects mode, the merged-away signal records
 * still open are resolved; the survivor's own records are raised by its next re-assessment. Criteria and milestone
 * records keep their keys and HubSpot re-associates them with the survivor, so their known values stay valid. The
 * company known values of every id involved are forgotten: the merged-away ids are gone, and what HubSpot's merge
 * left on the survivor is unknown until the refresh that follows re-reads it, so its next write-back is right.
 * Safe to repeat: a redelivered merge finds nothing to move and no open record to resolve. Returns the survivor to
 * refresh and re-assess.
 */
export async function applyCompanyMerge(
  deps: CompanyMergeDeps,
  portalId: string,
  mergedCompanyIds: readonly string[],
  survivingCompanyId: string,
): Promise<Result<string, SyncError>> {
  const { onboardings, syncState } = deps.store;
  const [survivor, ...merged] = await Promise.all(
    [survivingCompanyId, ...mergedCompanyIds].map((companyId) => onboardings.get(portalId, companyId)),
  );
  const decision = decideCompanyMerge({
    survivingCompanyId,
    mergedCompanyIds,
    survivorHasOnboarding: survivor !== null,
    mergedWithOnboarding: mergedCompanyIds.filter((_, index) => merged[index] !== null),
  });
  if (decision.kind === 'refuse') return fail({ code: 'merge_refused', message: decision.message });
  if (decision.fromCompanyId !== null) {
    const moved = await onboardings.moveCompany(portalId, decision.fromCompanyId, survivingCompanyId);
    if (!moved.ok) {
      return fail({
        code: 'merge_refused',
        message: `moving ${decision.fromCompanyId} into ${survivingCompanyId}: ${moved.error.message}`,
      });
    }
  }
  await syncState.forgetObjects(portalId, knownObjectTypes.company, [...mergedCompanyIds, survivingCompanyId]);
  const resolved = await resolveMergedSignals(deps, portalId, mergedCompanyIds, survivingCompanyId);
  return resolved.ok ? { ok: true, value: survivingCompanyId } : resolved;
}
