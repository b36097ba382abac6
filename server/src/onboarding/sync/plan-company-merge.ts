import { signalTypes } from '@liftoff/shared/domain/index';
import type { Instant } from '@liftoff/shared/domain/index';
import type { RecordWrite, StoredSignal } from '../ports/crm-gateway.ts';
import { toWordsLabel } from '../model/to-words-label.ts';
import { toSignalKey } from './plan-write-back.ts';

/** Every key a company's signal records can carry: one record per company and signal type (docs/PRODUCT.md §3). */
export function toCompanySignalKeys(companyId: string): string[] {
  return signalTypes.map((type) => toSignalKey(companyId, type));
}

/** Which onboardings the store holds on the companies of one HubSpot merge. */
export interface CompanyMergeFacts {
  survivingCompanyId: string;
  mergedCompanyIds: readonly string[];
  survivorHasOnboarding: boolean;
  /** The merged-away companies that have an onboarding, in the merge's order. */
  mergedWithOnboarding: readonly string[];
}

export type CompanyMergeDecision =
  /** `fromCompanyId` null: nothing to move (no onboarding on the merged-away side, or a redelivery after the move). */
  { kind: 'move'; fromCompanyId: string | null } | { kind: 'refuse'; message: string };

function toIdList(ids: readonly string[]): string {
  return ids.length === 1 ? `company ${ids[0]}` : `companies ${ids.join(', ')}`;
}

/**
 * A company holds one onboarding, so a merge moves at most one onboarding onto the survivor. When two onboardings
 * would meet (the survivor has its own, or several merged-away companies had one), Liftoff changes nothing and a
 * person decides, since dropping either would lose a CSM's work; the message says what is left where and how to
 * settle it.
 */
export function decideCompanyMerge(facts: CompanyMergeFacts): CompanyMergeDecision {
  const { survivingCompanyId: survivor, mergedWithOnboarding: merged } = facts;
  const [only] = merged;
  if (only === undefined) return { kind: 'move', fromCompanyId: null };
  if (!facts.survivorHasOnboarding && merged.length === 1) return { kind: 'move', fromCompanyId: only };
  const owners = facts.survivorHasOnboarding ? [...merged, survivor] : merged;
  return {
    kind: 'refuse',
    message:
      `${toIdList(facts.mergedCompanyIds)} merged into ${survivor} in HubSpot, but ${toIdList(owners)} each have ` +
      `a Liftoff onboarding and ${survivor} can hold only one. Nothing was moved and nothing was written to ` +
      `HubSpot; until a person decides, each onboarding stays under its old company id with its signal records as ` +
      `they are. To settle it: agree with the CSMs which onboarding continues on ${survivor}, close the others as ` +
      `abandoned in the store, remove any onboarding left on ${survivor} if it is not the one kept, then retry ` +
      `this event: the kept onboarding moves onto ${survivor} and the merged-away signal records are resolved.`,
  };
}

export interface MergedSignalsInput {
  /** The merged-away companies' signal records HubSpot is known to hold, by key. */
  known: ReadonlyMap<string, StoredSignal>;
  survivingCompanyId: string;
  now: Instant;
}

/**
 * One open signal per company and type (docs/PRODUCT.md §3): HubSpot re-associates the merged-away company's signal
 * records with the survivor, and the moved onboarding raises its own records there under the survivor's keys
 * (records are addressed by key, so they cannot be re-keyed). Each merged-away record still open is resolved like
 * any cleared signal (status `resolved`, `resolvedAt` now, escalation 0) and its recommended action says where it
 * went; records already resolved are left alone.
 */
export function planMergedSignalResolutions(input: MergedSignalsInput): RecordWrite<StoredSignal>[] {
  const { survivingCompanyId, now } = input;
  return [...input.known.values()]
    .filter((signal) => signal.status !== 'resolved')
    .map((signal) => ({
      companyId: survivingCompanyId,
      dealId: null,
      known: signal,
      desired: {
        ...signal,
        name: toWordsLabel(signal.type),
        status: 'resolved',
        resolvedAt: now,
        escalationLevel: 0,
        action: `Merged into ${survivingCompanyId}: this signal continues on that company.`,
      },
    }));
}
