import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import { evaluateHandoffReadiness } from '@liftoff/shared/engine/index';
import type { CrmGateway, DealHandoffFields } from '../ports/crm-gateway.ts';
import { knownObjectTypes, parseKnownFields, toKnownObjectValues } from '../sync/known-values.ts';
import { planHandoffWriteBack } from './plan-handoff-write-back.ts';
import type { Store } from '../ports/index.ts';
import type { SyncError } from '../sync/sync-error.ts';
import { toHandoffFacts } from './to-handoff-facts.ts';
import { toShownHandoff } from './to-shown-handoff.ts';

export interface HandoffWriteBackDeps {
  store: Pick<Store, 'handoffs' | 'syncState'>;
  crm: CrmGateway;
}

/**
 * A deal with a saved handoff was saved or changed: writes its readiness score and missing items to the deal,
 * diff-only (an unchanged score makes no HubSpot call), scored as the card shows it (what sales saved, the deal's
 * HubSpot labels for the contacts sales has not listed: to-shown-handoff.ts). The first time, it also reads the deal
 * to learn its primary company, so the card can offer that company's stakeholders. A deal with nothing saved writes
 * nothing. A refused write fails the run (the worker retries it).
 */
export async function writeHandoffBack(
  deps: HandoffWriteBackDeps,
  portalId: string,
  dealId: string,
): Promise<Result<{ writes: number }, SyncError>> {
  const { store, crm } = deps;
  const handoff = await store.handoffs.get(portalId, dealId);
  if (handoff === null) return { ok: true, value: { writes: 0 } };
  const dealContacts = await store.handoffs.getDealContacts(portalId, dealId);
  if (handoff.companyId === null) {
    const [deal] = await crm.readDeals([dealId]);
    const companyId = deal?.primaryCompanyId ?? null;
    if (companyId !== null) await store.handoffs.setCompany(portalId, dealId, companyId);
  }
  const known = await store.syncState.getKnownValues(portalId, knownObjectTypes.deal, [dealId]);
  const plan = planHandoffWriteBack(
    dealId,
    evaluateHandoffReadiness(toHandoffFacts(toShownHandoff(handoff, dealContacts))),
    parseKnownFields<DealHandoffFields>(known.get(dealId)),
  );
  const results = await crm.applyWritePlan(plan);
  const accepted = new Set(
    results.filter((result) => result.ok && result.target === 'deal').map((result) => result.id),
  );
  await store.syncState.rememberValues(
    portalId,
    knownObjectTypes.deal,
    plan.deals.filter((write) => accepted.has(write.id)).map((write) => toKnownObjectValues(write.id, write.desired)),
  );
  const failed = results.filter((result) => !result.ok);
  if (failed.length > 0) {
    return fail({ code: 'crm_write_failed', message: `HubSpot refused the handoff write of deal ${dealId}.` });
  }
  return { ok: true, value: { writes: results.length } };
}
