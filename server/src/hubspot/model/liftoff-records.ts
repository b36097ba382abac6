import { z } from 'zod';
import {
  criterionSources,
  criterionStatuses,
  milestoneKinds,
  severities,
  signalStatuses,
  signalTypes,
} from '@liftoff/shared/domain/index';
import type {
  ChecklistItem,
  Criterion,
  EscalationLevel,
  HandoffCriterion,
  Milestone,
} from '@liftoff/shared/domain/index';
import type { StoredSignal } from '../../onboarding/ports/crm-gateway.ts';
import {
  parseHubSpotDate,
  parseHubSpotInstant,
  parseHubSpotNumber,
  parseHubSpotText,
  toHubSpotDate,
  toHubSpotInstant,
  toHubSpotNumber,
} from './hubspot-value.ts';
import type { liftoffObjectNames } from './liftoff-schema.ts';
import { LIFTOFF_KEY_PROPERTY } from './liftoff-schema.ts';
import type { PropertyValues } from '../writes/plan-property-writes.ts';
import {
  createEnumCodec,
  createNullableCodec,
  createRequiredCodec,
  createTextCodec,
  listPropertyNames,
  toPropertyValues,
} from './property-codec.ts';
import type { HubSpotProperties, PropertyCodecs } from './property-codec.ts';

/**
 * Liftoff's custom object records (docs/PRODUCT.md §3) ↔ their properties, as liftoff-schema.ts defines them. Every
 * record carries the unique `liftoff_key`: upserts address records by it, so the service never needs HubSpot ids.
 */
export type LiftoffObject = keyof typeof liftoffObjectNames;

const keyCodec = createRequiredCodec(LIFTOFF_KEY_PROPERTY, (key: string) => key, parseHubSpotText);
const requiredText = (name: string) => createRequiredCodec(name, (value: string) => value, parseHubSpotText);
const nullableNumber = (name: string) => createNullableCodec(name, toHubSpotNumber, parseHubSpotNumber);
const escalationLevels: readonly EscalationLevel[] = [0, 1, 2, 3];

/**
 * The criterion and milestone fields the HubSpot objects do not carry: direction, agreement and achievement dates;
 * a milestone's completion rule and a person's mark (HubSpot holds the status they lead to). Liftoff's store keeps
 * them; a record read back from HubSpot carries the neutral values below (increasing, agreed at the start, follow
 * the kind's implied rule).
 */
type StoreOnlyCriterionField =
  | 'direction'
  | 'agreedAt'
  | 'achievedAt'
  | 'handedOffTarget'
  | 'promiseKept'
  | 'baselineDate'
  | 'baselineEvidence'
  | 'currentAt';
type StoreOnlyMilestoneField = 'completesWhen' | 'manual';
const storeOnlyCriterionDefaults: Pick<Criterion, StoreOnlyCriterionField> = {
  direction: 'increase',
  agreedAt: null,
  achievedAt: null,
  handedOffTarget: null,
  promiseKept: null,
  baselineDate: null,
  baselineEvidence: null,
  currentAt: null,
};
const storeOnlyMilestoneDefaults: Pick<Milestone, StoreOnlyMilestoneField> = {
  completesWhen: null,
  manual: null,
};

const criterionCodecs: PropertyCodecs<Omit<Criterion, StoreOnlyCriterionField>> = {
  id: keyCodec,
  name: requiredText('name'),
  metric: createTextCodec('metric'),
  unit: createTextCodec('unit'),
  baseline: nullableNumber('baseline_value'),
  target: nullableNumber('target_value'),
  current: nullableNumber('current_value'),
  dueDate: createNullableCodec('due_date', toHubSpotDate, parseHubSpotDate),
  status: createEnumCodec('status', criterionStatuses),
  source: createEnumCodec('source', criterionSources),
  ownerContactId: createTextCodec('owner_contact_id'),
};

const checklistSchema = z.array(z.object({ label: z.string(), done: z.boolean() })) satisfies z.ZodType<
  ChecklistItem[]
>;

/** A checklist is stored as JSON text; an empty or unreadable one reads as no items. */
function toChecklistText(items: ChecklistItem[]): string {
  return JSON.stringify(items.map((item) => ({ label: item.label, done: item.done })));
}

function parseChecklist(raw: string | null | undefined): ChecklistItem[] {
  try {
    return checklistSchema.parse(JSON.parse(raw ?? '[]'));
  } catch {
    return [];
  }
}

const milestoneCodecs: PropertyCodecs<Omit<Milestone, 'skipped' | StoreOnlyMilestoneField>> = {
  id: keyCodec,
  name: requiredText('name'),
  kind: createEnumCodec('kind', milestoneKinds),
  dueDate: createRequiredCodec('due_date', toHubSpotDate, parseHubSpotDate),
  completedAt: createNullableCodec('completed_at', toHubSpotInstant, parseHubSpotInstant),
  checklist: { name: 'checklist', encode: toChecklistText, decode: parseChecklist },
  notes: createTextCodec('notes'),
  owner: createTextCodec('owner'),
  skipReason: createTextCodec('skip_reason'),
};
const milestoneStatusProperty = 'status';

const signalCodecs: PropertyCodecs<StoredSignal> = {
  key: keyCodec,
  name: createTextCodec('name'),
  type: createEnumCodec('signal_type', signalTypes),
  severity: createEnumCodec('severity', severities),
  status: createEnumCodec('status', signalStatuses),
  detectedAt: createRequiredCodec('detected_at', toHubSpotInstant, parseHubSpotInstant),
  resolvedAt: createNullableCodec('resolved_at', toHubSpotInstant, parseHubSpotInstant),
  snoozedUntil: createNullableCodec('snoozed_until', toHubSpotInstant, parseHubSpotInstant),
  evidence: requiredText('evidence'),
  action: requiredText('recommended_action'),
  history: createTextCodec('history'),
  escalationLevel: createRequiredCodec('escalation_level', toHubSpotNumber, (raw) => {
    const level = parseHubSpotNumber(raw);
    return escalationLevels.find((candidate) => candidate === level) ?? null;
  }),
};

/** A record with a required property empty or invalid is unusable: null. An absent property reads as empty. */
function toRecord<T>(codecs: PropertyCodecs<T>, properties: HubSpotProperties): T | null {
  const record: Partial<T> = {};
  for (const key of Object.keys(codecs) as (keyof T)[]) {
    const value = codecs[key].decode(properties[codecs[key].name] ?? null);
    if (value === undefined) return null;
    record[key] = value;
  }
  return record as T;
}

export const liftoffRecordProperties: Record<LiftoffObject, string[]> = {
  criterion: listPropertyNames(criterionCodecs),
  milestone: [...listPropertyNames(milestoneCodecs), milestoneStatusProperty],
  signal: listPropertyNames(signalCodecs),
};

export function toCriterionProperties(criterion: Criterion): PropertyValues {
  const {
    direction: _direction,
    agreedAt: _agreedAt,
    achievedAt: _achievedAt,
    handedOffTarget: _handedOffTarget,
    promiseKept: _promiseKept,
    baselineDate: _baselineDate,
    baselineEvidence: _baselineEvidence,
    currentAt: _currentAt,
    ...written
  } = criterion;
  return toPropertyValues(criterionCodecs, written);
}

export function toCriterion(properties: HubSpotProperties): Criterion | null {
  const criterion = toRecord(criterionCodecs, properties);
  return criterion === null ? null : { ...criterion, ...storeOnlyCriterionDefaults };
}

const promiseCodecs: PropertyCodecs<HandoffCriterion> = {
  id: criterionCodecs.id,
  name: criterionCodecs.name,
  metric: criterionCodecs.metric,
  unit: criterionCodecs.unit,
  baseline: criterionCodecs.baseline,
  target: criterionCodecs.target,
  dueDate: criterionCodecs.dueDate,
};

/** What a promise record is read with: its handoff fields and its source. */
export const promiseRecordProperties = [...listPropertyNames(promiseCodecs), criterionCodecs.source.name];

/**
 * A criterion record as a deal's handoff promise, or null when it is not one: only `sales_promise` records are
 * promises, and only their handoff fields count (a record someone created in HubSpot may have no status yet). Its
 * key stays the promise's id, so the onboarding's write-back later updates that same record.
 */
export function toHandoffPromise(properties: HubSpotProperties): HandoffCriterion | null {
  if (criterionCodecs.source.decode(properties[criterionCodecs.source.name]) !== 'sales_promise') return null;
  return toRecord(promiseCodecs, properties);
}

/**
 * Status is written as done, skipped or pending. "late" is not written: it depends on the day, and the due date
 * already says it (the milestone_overdue signal and the card show lateness). The write-back sends the milestone as
 * the engine judged it: done with its date when its rule or a person completed it.
 */
export function toMilestoneProperties(milestone: Milestone): PropertyValues {
  const { skipped, completesWhen: _completesWhen, manual: _manual, ...rest } = milestone;
  const status = milestone.completedAt !== null ? 'done' : skipped ? 'skipped' : 'pending';
  return { ...toPropertyValues(milestoneCodecs, rest), [milestoneStatusProperty]: status };
}

export function toMilestone(properties: HubSpotProperties): Milestone | null {
  const milestone = toRecord(milestoneCodecs, properties);
  return milestone === null
    ? null
    : { ...milestone, ...storeOnlyMilestoneDefaults, skipped: properties[milestoneStatusProperty] === 'skipped' };
}

export function toSignalProperties(signal: StoredSignal): PropertyValues {
  return toPropertyValues(signalCodecs, signal);
}

export function toStoredSignal(properties: HubSpotProperties): StoredSignal | null {
  return toRecord(signalCodecs, properties);
}
