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
import type { PortalMode, SignalHandling } from '../ports/index.ts';
import { toCompanyOnboardingFields } from './to-company-onboarding-fields.ts';
import { toSignalHistoryText } from './to-signal-history-text.ts';
import type { KnownStakeholder } from './known-stakeholders.ts';
import { planStakeholderWrites } from './plan-stakeholder-writes.ts';

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
  /** By contact id. */
  stakeholders: ReadonlyMap<string, KnownStakeholder>;
}

export interface WriteBackInput {
  mode: PortalMode;
  dealId: string | null;
  onboarding: Omit<Onboarding, 'activity'>;
  assessment: Assessment;
  /** How people handled the signals: each record carries its history. */
  signalHandling: readonly SignalHandling[];
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

function toStoredSignal(companyId: string, signal: Signal, history: string | null): StoredSignal {
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
    history,
    escalationLevel: signal.escalationLevel,
  };
}

/**
 * One signal record per company and type: created when first raised, updated in place while its condition holds,
 * resolved (status `resolved`, `resolvedAt` now, escalation 0) when it no longer does. Never deleted. Every record
 * is named by its type in words, HubSpot's name for it, and carries its handling history; a resolved record an
 * earlier release wrote without them gets them, and nothing else changes on it.
 */
function planSignals(input: WriteBackInput): StoredSignal[] {
  const { companyId } = input.onboarding;
  const historyOf = (type: Signal['type']) =>
    toSignalHistoryText(input.signalHandling.find((handling) => handling.type === type)?.history ?? []);
  const live = input.assessment.signals.map((signal) => toStoredSignal(companyId, signal, historyOf(signal.type)));
  const liveKeys = new Set(live.map((signal) => signal.key));
  const cleared = [...input.known.signals.values()].filter((signal) => !liveKeys.has(signal.key));
  const resolved = cleared.map((signal): StoredSignal => {
    const named = { ...signal, name: toWordsLabel(signal.type), history: historyOf(signal.type) };
    return signal.status === 'resolved'
      ? named
      : { ...named, status: 'resolved', resolvedAt: input.now, escalationLevel: 0 };
  });
  return [...live, ...resolved];
}

/**
 * A milestone as HubSpot shows it: as the engine judged it, done with its date when its rule or a person completed
 * it, not done when a person said so although the data proves it.
 */
function toJudgedMilestone(milestone: Milestone, assessment: Assessment): Milestone {
  const judged = assessment.milestones.find((candidate) => candidate.id === milestone.id);
  if (judged === undefined) return milestone;
  return { ...milestone, completedAt: judged.status === 'done' ? (judged.completedAt ?? milestone.completedAt) : null };
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
 * stakeholders' Liftoff labels and KPIs always; the
 * deal's promises kept always;
 * signals, criteria and milestones as custom-object records only on portals that have them (`custom_objects`);
 * in `store_only` mode those records live in Liftoff's store alone.
 */
export function planWriteBack(input: WriteBackInput): WritePlan {
  const { onboarding, known, dealId } = input;
  const { companyId } = onboarding;
  const fields = planCompanyFields(toCompanyOnboardingFields(onboarding, input.assessment), known.company);
  const companies = fields === null ? [] : [{ id: companyId, known: known.company, desired: fields }];
  const stakeholders = planStakeholderWrites(companyId, onboarding.stakeholders, known.stakeholders);
  const deals = planDeals(input);
  if (input.mode === 'store_only') {
    return { companies, deals, criteria: [], milestones: [], signals: [], stakeholders };
  }
  return {
    companies,
    deals,
    stakeholders,
    criteria: planRecords(companyId, dealId, onboarding.criteria, (c) => c.id, known.criteria),
    milestones: planRecords(
      companyId,
      dealId,
      onboarding.milestones.map((milestone) => toJudgedMilestone(milestone, input.assessment)),
      (m) => m.id,
      known.milestones,
    ),
    signals: planRecords(companyId, dealId, planSignals(input), (s) => s.key, known.signals),
  };
}
