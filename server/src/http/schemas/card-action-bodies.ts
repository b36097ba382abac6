import { z } from 'zod';
import type {
  AddCriterionBody,
  AddMilestoneBody,
  EditCriterionBody,
  MarkFirstWeekStepBody,
  RemoveFirstWeekStepBody,
  ReopenMilestoneBody,
  ReplanMilestoneBody,
  RetireCriterionBody,
  SetMilestoneOwnerBody,
  SkipMilestoneBody,
  AcknowledgeSignalBody,
  AgreeCriterionBody,
  CloseOnboardingBody,
  CompleteMilestoneBody,
  LogCheckpointNoteBody,
  ReopenOnboardingBody,
  ResolveSignalBody,
  SaveStakeholderBody,
  SetCriterionStatusBody,
  SnoozeSignalBody,
  StartOnboardingBody,
  UpdateCriterionValueBody,
} from '@liftoff/shared/contract/index';
import type {
  CalendarDate,
  Instant,
  OnboardingOutcome,
  OutcomeReason,
  StakeholderRole,
} from '@liftoff/shared/domain/index';
import {
  criterionDirections,
  manualMarks,
  onboardingOutcomes,
  outcomeReasons,
  signalTypes,
  stakeholderRoles,
} from '@liftoff/shared/domain/index';
import {
  edgeString,
  requireOutcomeReason,
  hubspotRecordIdSchema as recordIdSchema,
  isoDateSchema,
  toStartDateSchema,
} from './edge-schemas.ts';

/** The card API's path parameters and bodies, parsed once at the edge (shapes from shared/src/contract). */

/** Criterion and milestone ids are Liftoff's own keys, e.g. `101-c1`. */
const keySchema = edgeString().trim().min(1).max(200);
const textSchema = edgeString().trim().min(1, 'must not be empty').max(5_000);
const nameSchema = edgeString().trim().min(1, 'must not be empty').max(200);
/** Free text that may be cleared: blank reads as null. */
const optionalLabelSchema = edgeString()
  .trim()
  .max(200)
  .nullable()
  .transform((value) => (value === null || value === '' ? null : value));
const directionSchema = z.enum(criterionDirections);
/** An empty object: the route says it all. */
const emptyBodySchema = z.record(edgeString(), z.never());

export const companyParamsSchema = z.object({ companyId: recordIdSchema });
export const criterionParamsSchema = z.object({ companyId: recordIdSchema, criterionId: keySchema });
export const milestoneParamsSchema = z.object({ companyId: recordIdSchema, milestoneId: keySchema });
export const stepParamsSchema = z.object({ companyId: recordIdSchema, stepId: keySchema });
export const signalParamsSchema = z.object({ companyId: recordIdSchema, signalType: z.enum(signalTypes) });
export const stakeholderParamsSchema = z.object({ companyId: recordIdSchema, contactId: recordIdSchema });

/** The start from the card, as of `now`: day 0 must lie in the start window (`decideStartDate`). */
export const toStartOnboardingBodySchema = (now: Instant) =>
  z.strictObject({
    templateId: keySchema,
    startDate: isoDateSchema.pipe(toStartDateSchema(now)),
  }) satisfies z.ZodType<{ templateId: string; startDate: CalendarDate }, StartOnboardingBody>;

export const updateCriterionValueBodySchema = z.strictObject({
  current: z.number().finite(),
}) satisfies z.ZodType<UpdateCriterionValueBody>;

/**
 * Agreeing a criterion makes it measurable: a target and a due date are required; the baseline may still be
 * unknown (null), which `no_baseline` flags from day 14. `current` is optional (null = not recorded now).
 */
export const agreeCriterionBodySchema = z.strictObject({
  target: z.number().finite(),
  baseline: z.number().finite().nullable(),
  dueDate: isoDateSchema,
  current: z
    .number()
    .finite()
    .optional()
    .transform((value) => value ?? null),
  direction: directionSchema.optional(),
  baselineDate: isoDateSchema.optional(),
  baselineEvidence: edgeString()
    .trim()
    .max(2_000)
    .nullable()
    .optional()
    .transform((value) => (value === '' ? null : value)),
}) satisfies z.ZodType<
  {
    target: number;
    baseline: number | null;
    dueDate: CalendarDate;
    current: number | null;
    direction?: 'increase' | 'decrease' | undefined;
    baselineDate?: CalendarDate | undefined;
    baselineEvidence?: string | null | undefined;
  },
  AgreeCriterionBody
>;

/** A target and a due date come together (they make the criterion measurable), or not at all. */
export const addCriterionBodySchema = z
  .strictObject({
    name: nameSchema,
    metric: keySchema.nullable(),
    unit: optionalLabelSchema,
    direction: directionSchema,
    baseline: z.number().finite().nullable().optional(),
    target: z.number().finite().optional(),
    dueDate: isoDateSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.target === undefined) !== (body.dueDate === undefined)) {
      const path = body.target === undefined ? 'target' : 'dueDate';
      ctx.addIssue({ code: 'custom', path: [path], message: 'target and dueDate are given together' });
    }
  }) satisfies z.ZodType<unknown, AddCriterionBody>;

export const editCriterionBodySchema = z
  .strictObject({
    name: nameSchema.optional(),
    metric: keySchema.nullable().optional(),
    unit: optionalLabelSchema.optional(),
    direction: directionSchema.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'name, metric, unit or direction must be given',
  }) satisfies z.ZodType<unknown, EditCriterionBody>;

export const retireCriterionBodySchema = emptyBodySchema satisfies z.ZodType<RetireCriterionBody>;

export const markFirstWeekStepBodySchema = z.strictObject({
  mark: z.enum(manualMarks).nullable(),
  doneOn: isoDateSchema.optional(),
}) satisfies z.ZodType<unknown, MarkFirstWeekStepBody>;

export const removeFirstWeekStepBodySchema = emptyBodySchema satisfies z.ZodType<RemoveFirstWeekStepBody>;

export const reopenMilestoneBodySchema = emptyBodySchema satisfies z.ZodType<ReopenMilestoneBody>;

export const replanMilestoneBodySchema = z.strictObject({
  dueDate: isoDateSchema,
  reason: textSchema,
}) satisfies z.ZodType<unknown, ReplanMilestoneBody>;

export const skipMilestoneBodySchema = z.strictObject({
  reason: textSchema,
}) satisfies z.ZodType<SkipMilestoneBody>;

export const setMilestoneOwnerBodySchema = z.strictObject({
  owner: optionalLabelSchema,
}) satisfies z.ZodType<unknown, SetMilestoneOwnerBody>;

export const addMilestoneBodySchema = z.strictObject({
  name: nameSchema,
  dueDate: isoDateSchema,
  owner: optionalLabelSchema.optional().transform((value) => value ?? null),
}) satisfies z.ZodType<unknown, AddMilestoneBody>;

export const setCriterionStatusBodySchema = z.strictObject({
  status: z.enum(['achieved', 'missed', 'in_progress']),
}) satisfies z.ZodType<SetCriterionStatusBody>;

export const completeMilestoneBodySchema = z.strictObject({
  completedOn: isoDateSchema.optional(),
  checklist: z
    .array(z.strictObject({ label: edgeString().trim().min(1).max(500), done: z.boolean() }))
    .max(50)
    .optional(),
  notes: edgeString().max(5_000).nullable().optional(),
}) satisfies z.ZodType<unknown, CompleteMilestoneBody>;

export const logCheckpointNoteBodySchema = z.strictObject({
  milestoneId: keySchema.nullable(),
  note: textSchema,
}) satisfies z.ZodType<LogCheckpointNoteBody>;

export const acknowledgeSignalBodySchema = emptyBodySchema satisfies z.ZodType<AcknowledgeSignalBody>;

export const snoozeSignalBodySchema = z.strictObject({
  until: isoDateSchema,
}) satisfies z.ZodType<{ until: CalendarDate }, SnoozeSignalBody>;

export const resolveSignalBodySchema = z.strictObject({
  note: textSchema,
}) satisfies z.ZodType<ResolveSignalBody>;

/**
 * A stakeholder's whole mapping: its roles, each at most once, in the canonical order (an empty list untags every
 * role), and its KPI, trimmed; an empty KPI clears it like null.
 */
export const saveStakeholderBodySchema = z.strictObject({
  roles: z
    .array(z.enum(stakeholderRoles))
    .max(stakeholderRoles.length * 2)
    .transform((roles) => stakeholderRoles.filter((role) => roles.includes(role))),
  kpi: edgeString()
    .trim()
    .max(5_000)
    .nullable()
    .transform((kpi) => (kpi === '' ? null : kpi)),
}) satisfies z.ZodType<{ roles: StakeholderRole[]; kpi: string | null }, SaveStakeholderBody>;

/** Closing from the card: churned and abandoned need their reason (requireOutcomeReason); a blank note is none. */
export const closeOnboardingBodySchema = z
  .strictObject({
    outcome: z.enum(onboardingOutcomes),
    reason: z
      .enum(outcomeReasons)
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    note: edgeString()
      .trim()
      .max(5_000)
      .nullable()
      .transform((value) => value || null),
  })
  .superRefine(requireOutcomeReason) satisfies z.ZodType<
  { outcome: OnboardingOutcome; reason: OutcomeReason | null; note: string | null },
  CloseOnboardingBody
>;

export const reopenOnboardingBodySchema = z.strictObject({
  note: edgeString()
    .trim()
    .max(5_000)
    .optional()
    .transform((value) => value || null),
}) satisfies z.ZodType<{ note: string | null }, ReopenOnboardingBody>;
