import type { Assessment, Criterion, Instant, Milestone, Onboarding, Signal } from '@liftoff/shared/domain/index';
import type {
  CompanyOnboardingFields,
  DealHandoffFields,
  FieldsWrite,
  RecordWrite,
  StoredSignal,
  WritePlan,
} from '../ports/crm-gateway.ts';
import { isSameValue } from './known-values.ts';
import { toWordsLabel } from '../model/to-words-label.ts';
import type { PortalMode } from '../ports/index.ts';
import { toCompanyOnboardingFields } from './to-company-onboarding-fields.ts';

/** What HubSpot holds for one company, as the sync-state cache remembers it. */
export interface KnownCrmState {
  company: Partial<CompanyOnboardingFields>;
  /** The Liftoff properties of the deal that started the onboarding (none known without a deal). */
  deal: Partial<DealHandoffFields>;
  /** By signal key (`<companyId>:<type>`). */
  signals: ReadonlyMap<string, StoredSignal>;
  /** By criterion id. */
  criteria: ReadonlyMap<string, Criterion>;
  /** By milestone id. */
  milestones: ReadonlyMap<string, Milestone>;
}

export interface WriteBackInput {
  mode: PortalMode;
  dealId: string | null;
  onboarding: Omit<Onboarding, 'activity'>;
  assessment: Assessment;
  known: KnownCrmState;
  now: Instant;
}

export function toSignalKey(companyId: string, type: Signal['type']): string {
  return `${companyId}:${type}`;
}

/**
 * The company's fields that differ from what HubSpot has. `lastEvaluatedAt` changes on every run, so it is sent
 * only along with a real change: re-assessing an unchanged onboarding makes no HubSpot call.
 */
function planCompanyFields(desired: CompanyOnboardingFields, known: Partial<CompanyOnboardingFields>) {
  const changed: Partial<CompanyOnboardingFields> = {};
  for (const name of Object.keys(desired) as (keyof CompanyOnboardingFields)[]) {
    if (name !== 'lastEvaluatedAt' && !isSameValue(desired[name], known[name])) {
      Object.assign(changed, { [name]: desired[name] });
    }
  }
  if (Object.keys(changed).length === 0) return null;
  return { ...changed, lastEvaluatedAt: desired.lastEvaluatedAt };
}

/**
 * The promises kept, on the deal that started the onboarding (docs/PRODUCT.md §1, sales rep): once its sales
 * promises were judged at the close, how many were kept out of how many were judged; nothing before, and nothing for
 * an onboarding no deal started. The verdicts are latched, so a reopened onboarding leaves them as they are.
 */
function planDeals(input: WriteBackInput): FieldsWrite<DealHandoffFields>[] {
  const judged = input.onboarding.criteria.filter((criterion) => criterion.promiseKept !== null);
  if (input.dealId === null || judged.length === 0) return [];
  const desired = {
    promisesKept: judged.filter((criterion) => criterion.promiseKept === true).length,
    promisesTotal: judged.length,
  };
  const known = input.known.deal;
  const changed: Partial<DealHandoffFields> = {};
  if (!isSameValue(desired.promisesKept, known.promisesKept)) changed.promisesKept = desired.promisesKept;
  if (!isSameValue(desired.promisesTotal, known.promisesTotal)) changed.promisesTotal = desired.promisesTotal;
  return Object.keys(changed).length === 0 ? [] : [{ id: input.dealId, known, desired: changed }];
}

function toStoredSignal(companyId: string, signal: Signal): StoredSignal {
  return {
    key: toSignalKey(companyId, signal.type),
    name: toWordsLabel(signal.type),
    type: signal.type,
    severity: signal.severity,
    status: signal.status,
    detectedAt: signal.detectedAt,
    resolvedAt: null,
    snoozedUntil: signal.snoozedUntil,
    evidence: signal.evidence,
    action: signal.action,
    escalationLevel: signal.escalationLevel,
  };
}

/**
 * One signal record per company and type: created when first raised, updated in place while its condition holds,
 * resolved (status `resolved`, `resolvedAt` now, escalation 0) when it no longer does. Never deleted. Every record
 * is named by its type in words, HubSpot's name for it; a resolved record an earlier release wrote without a
 * name gets one, and nothing else changes on it.
 */
function planSignals(input: WriteBackInput): StoredSignal[] {
  const { companyId } = input.onboarding;
  const live = input.assessment.signals.map((signal) => toStoredSignal(companyId, signal));
  const liveKeys = new Set(live.map((signal) => signal.key));
  const cleared = [...input.known.signals.values()].filter((signal) => !liveKeys.has(signal.key));
  const resolved = cleared.flatMap((signal): StoredSignal[] => {
    const named = { ...signal, name: toWordsLabel(signal.type) };
    if (signal.status !== 'resolved')
      return [{ ...named, status: 'resolved', resolvedAt: input.now, escalationLevel: 0 }];
    return signal.name ? [] : [named];
  });
  return [...live, ...resolved];
}

function planRecords<T>(
  companyId: string,
  dealId: string | null,
  desired: readonly T[],
  keyOf: (record: T) => string,
  known: ReadonlyMap<string, T>,
): RecordWrite<T>[] {
  return desired.flatMap((record) => {
    const before = known.get(keyOf(record)) ?? null;
    return before !== null && isSameValue(before, record)
      ? []
      : [{ companyId, dealId, known: before, desired: record }];
  });
}

/**
 * The write-back of one assessment, diff-only against what HubSpot is known to hold: company properties and the
 * deal's promises kept always;
 * signals, criteria and milestones as custom-object records only on portals that have them (`custom_objects`);
 * in `store_only` mode those records live in Liftoff's store alone.
 */
export function planWriteBack(input: WriteBackInput): WritePlan {
  const { onboarding, known, dealId } = input;
  const { companyId } = onboarding;
  const fields = planCompanyFields(toCompanyOnboardingFields(onboarding, input.assessment), known.company);
  const companies = fields === null ? [] : [{ id: companyId, known: known.company, desired: fields }];
  const deals = planDeals(input);
  if (input.mode === 'store_only') return { companies, deals, criteria: [], milestones: [], signals: [] };
  return {
    companies,
    deals,
    criteria: planRecords(companyId, dealId, onboarding.criteria, (c) => c.id, known.criteria),
    milestones: planRecords(companyId, dealId, onboarding.milestones, (m) => m.id, known.milestones),
    signals: planRecords(companyId, dealId, planSignals(input), (s) => s.key, known.signals),
  };
}
