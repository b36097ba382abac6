import { z } from 'zod';
import {
  criterionDirections,
  criterionSources,
  criterionStatuses,
  engagementDirections,
  engagementTypes,
  manualMarks,
  milestoneKinds,
  milestoneStatuses,
  onboardingStatuses,
  outcomeReasons,
  signalResolvers,
  signalStatuses,
  signalTypes,
  stakeholderRoles,
  ticketPriorities,
} from '@liftoff/shared/domain/index';
import type {
  ActivitySnapshot,
  CompletionRule,
  Criterion,
  Engagement,
  FeatureUse,
  FirstWeekStep,
  Instant,
  Login,
  Milestone,
  Onboarding,
  PriorSignal,
  Stakeholder,
  Ticket,
} from '@liftoff/shared/domain/index';
import { isoDateSchema, isoInstantSchema } from '../http/schemas/edge-schemas.ts';

/**
 * The portfolio snapshot `npm run evaluate` reads (docs/EVALUATE.md "Input"). Times are ISO 8601 with `Z` or an
 * offset and become epoch milliseconds; dates are `YYYY-MM-DD` (UTC) and become the instant of 00:00 UTC.
 * Every list defaults to empty, optional scalars to null, and unknown fields are dropped.
 */
export interface PortfolioSnapshot {
  asOf: Instant;
  onboardings: Onboarding[];
}

const orNull = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

const listOf = <T extends z.ZodType>(schema: T) => z.array(schema).default([]);

const loginSchema = z.object({ at: isoInstantSchema, userId: z.string() }) satisfies z.ZodType<Login>;

const featureUseSchema = z.object({
  at: isoInstantSchema,
  userId: z.string(),
  feature: z.string(),
}) satisfies z.ZodType<FeatureUse>;

/** A reply is an inbound email, a connected call or a meeting; `connected` only matters for calls. */
const engagementSchema = z.object({
  at: isoInstantSchema,
  type: z.enum(engagementTypes),
  direction: z.enum(engagementDirections),
  connected: z.boolean().default(false),
  contactId: orNull(z.string()),
}) satisfies z.ZodType<Engagement>;

/** `closedAt: null` (or absent) = the ticket is open. */
const ticketSchema = z.object({
  id: z.string(),
  openedAt: isoInstantSchema,
  closedAt: orNull(isoInstantSchema),
  priority: orNull(z.enum(ticketPriorities)),
  category: orNull(z.string()),
}) satisfies z.ZodType<Ticket>;

const activitySchema = z.object({
  logins: listOf(loginSchema),
  featureUses: listOf(featureUseSchema),
  engagements: listOf(engagementSchema),
  tickets: listOf(ticketSchema),
}) satisfies z.ZodType<ActivitySnapshot>;

const criterionSchema = z.object({
  id: z.string(),
  name: z.string(),
  metric: orNull(z.string()),
  unit: orNull(z.string()),
  direction: z.enum(criterionDirections).default('increase'),
  baseline: orNull(z.number()),
  target: orNull(z.number()),
  current: orNull(z.number()),
  agreedAt: orNull(isoDateSchema),
  dueDate: orNull(isoDateSchema),
  status: z.enum(criterionStatuses).default('not_started'),
  achievedAt: orNull(isoInstantSchema),
  source: z.enum(criterionSources).default('csm'),
  ownerContactId: orNull(z.string()),
  handedOffTarget: orNull(z.number()),
  baselineDate: orNull(isoDateSchema),
  baselineEvidence: orNull(z.string()),
  currentAt: orNull(isoInstantSchema),
  promiseKept: orNull(z.boolean()),
}) satisfies z.ZodType<Criterion>;

/** What data proves (docs/EVALUATE.md "Additions"): `key_feature_used` without a feature means any key feature. */
const completionRuleSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('first_login') }),
  z.object({ rule: z.literal('key_feature_used'), feature: orNull(z.string()) }),
  z.object({ rule: z.literal('active_users'), atLeast: z.number().int().min(1) }),
  z.object({ rule: z.literal('milestone_done'), milestoneKind: z.enum(milestoneKinds) }),
]) satisfies z.ZodType<CompletionRule>;

/** The milestone's status is derived by the engine; only a CSM's skip is taken from the input. */
const milestoneSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(milestoneKinds),
    dueDate: isoDateSchema,
    completedAt: orNull(isoInstantSchema),
    skipped: z.boolean().optional(),
    status: z.enum(milestoneStatuses).optional(),
    skipReason: orNull(z.string()),
    owner: orNull(z.string()),
    completesWhen: orNull(completionRuleSchema),
    manual: orNull(z.enum(manualMarks)),
    checklist: listOf(z.object({ label: z.string(), done: z.boolean().default(false) })),
    notes: orNull(z.string()),
  })
  .transform(({ skipped, status, ...milestone }) => ({
    ...milestone,
    skipped: skipped ?? status === 'skipped',
  })) satisfies z.ZodType<Milestone>;

const firstWeekStepSchema = z.object({
  id: z.string(),
  name: z.string(),
  doneAt: orNull(isoInstantSchema),
  completesWhen: orNull(completionRuleSchema),
  manual: orNull(z.enum(manualMarks)),
}) satisfies z.ZodType<FirstWeekStep>;

const stakeholderSchema = z.object({
  contactId: z.string(),
  name: orNull(z.string()),
  roles: listOf(z.enum(stakeholderRoles)),
  lastEngagedAt: orNull(isoInstantSchema),
  taggedAt: orNull(isoDateSchema),
  kpi: orNull(z.string()),
}) satisfies z.ZodType<Stakeholder>;

const priorSignalSchema = z.object({
  type: z.enum(signalTypes),
  status: z.enum(signalStatuses),
  detectedAt: isoInstantSchema,
  snoozedUntil: orNull(isoInstantSchema),
  acknowledgedAt: orNull(isoInstantSchema),
  snoozedAt: orNull(isoInstantSchema),
  resolvedAt: orNull(isoInstantSchema),
  resolvedBy: orNull(z.enum(signalResolvers)),
}) satisfies z.ZodType<PriorSignal>;

/**
 * The working framework's inputs (docs/EVALUATE.md "Additions": quick wins, validation requests, reporting) are
 * checked for shape so a snapshot that carries them is accepted; the engine reads them once their signals exist.
 */
const workingFrameworkSchema = {
  quickWins: listOf(
    z.object({ name: z.string(), plannedFor: isoDateSchema.nullish(), deliveredAt: isoInstantSchema.nullish() }),
  ),
  validationRequests: listOf(
    z.object({
      id: z.string(),
      deliverable: z.string(),
      ownerContactId: z.string(),
      dueDate: isoDateSchema,
      status: z.enum(['waiting', 'approved', 'changes_requested']),
      respondedAt: isoInstantSchema.nullish(),
    }),
  ),
  reporting: z
    .object({
      cadence: listOf(z.object({ untilDay: z.number().int().nullish(), everyDays: z.number().int().min(1) })),
      lastReportAt: isoInstantSchema.nullish(),
    })
    .nullish(),
};

const onboardingSchema = z
  .object({
    companyId: z.string(),
    companyName: orNull(z.string()),
    startDate: isoDateSchema,
    status: z.enum(onboardingStatuses).default('in_progress'),
    usageTracked: z.boolean().default(true),
    keyFeatures: listOf(z.string()),
    criteria: listOf(criterionSchema),
    milestones: listOf(milestoneSchema),
    firstWeekSteps: listOf(firstWeekStepSchema),
    stakeholders: listOf(stakeholderSchema),
    activity: activitySchema.default({ logins: [], featureUses: [], engagements: [], tickets: [] }),
    signals: listOf(priorSignalSchema),
    closedAt: orNull(isoInstantSchema),
    outcomeReason: orNull(z.enum(outcomeReasons)),
    reopenedAt: orNull(isoInstantSchema),
    ...workingFrameworkSchema,
  })
  .transform(
    ({ quickWins: _quickWins, validationRequests: _validationRequests, reporting: _reporting, ...onboarding }) =>
      onboarding,
  ) satisfies z.ZodType<Onboarding>;

export const snapshotSchema = z.object({
  asOf: isoInstantSchema,
  onboardings: listOf(onboardingSchema),
}) satisfies z.ZodType<PortfolioSnapshot>;

/** `onboardings[3].criteria[0].target`; the document itself is `snapshot`. */
const toFieldPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`),
    '',
  ) || 'snapshot';

/** Short messages for the issues whose zod default is verbose; format issues carry their own message. */
const toIssueMessage = (issue: z.core.$ZodRawIssue): string | undefined => {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'required' : `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => String(v)).join(' | ')}`;
  return undefined;
};

export type ParsedSnapshot = { ok: true; snapshot: PortfolioSnapshot } | { ok: false; issue: string };

/** Parses a decoded JSON document; on failure, names the first offending field, e.g. `asOf: required`. */
export function parseSnapshot(document: unknown): ParsedSnapshot {
  const result = snapshotSchema.safeParse(document, { error: toIssueMessage });
  if (result.success) return { ok: true, snapshot: result.data };
  const first = result.error.issues[0];
  return { ok: false, issue: first ? `${toFieldPath(first.path)}: ${first.message}` : 'snapshot: invalid' };
}
