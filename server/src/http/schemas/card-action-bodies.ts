import { z } from 'zod';
import type {
  AcknowledgeSignalBody,
  AgreeCriterionBody,
  CloseOnboardingBody,
  CompleteMilestoneBody,
  LogCheckpointNoteBody,
  ReopenOnboardingBody,
  ResolveSignalBody,
  SetCriterionStatusBody,
  SnoozeSignalBody,
  StartOnboardingBody,
  UpdateCriterionValueBody,
} from '@liftoff/shared/contract/index';
import type { CalendarDate, Instant, OnboardingOutcome, OutcomeReason } from '@liftoff/shared/domain/index';
import { onboardingOutcomes, outcomeReasons, signalTypes } from '@liftoff/shared/domain/index';
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

export const companyParamsSchema = z.object({ companyId: recordIdSchema });
export const criterionParamsSchema = z.object({ companyId: recordIdSchema, criterionId: keySchema });
export const milestoneParamsSchema = z.object({ companyId: recordIdSchema, milestoneId: keySchema });
export const signalParamsSchema = z.object({ companyId: recordIdSchema, signalType: z.enum(signalTypes) });

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
}) satisfies z.ZodType<
  { target: number; baseline: number | null; dueDate: CalendarDate; current: number | null },
  AgreeCriterionBody
>;

export const setCriterionStatusBodySchema = z.strictObject({
  status: z.enum(['achieved', 'missed']),
}) satisfies z.ZodType<SetCriterionStatusBody>;

export const completeMilestoneBodySchema = z.strictObject({
  checklist: z
    .array(z.strictObject({ label: edgeString().trim().min(1).max(500), done: z.boolean() }))
    .max(50)
    .optional(),
  notes: edgeString().max(5_000).nullable().optional(),
}) satisfies z.ZodType<CompleteMilestoneBody>;

export const logCheckpointNoteBodySchema = z.strictObject({
  milestoneId: keySchema.nullable(),
  note: textSchema,
}) satisfies z.ZodType<LogCheckpointNoteBody>;

export const acknowledgeSignalBodySchema = z.record(edgeString(), z.never()) satisfies z.ZodType<AcknowledgeSignalBody>;

export const snoozeSignalBodySchema = z.strictObject({
  until: isoDateSchema,
}) satisfies z.ZodType<{ until: CalendarDate }, SnoozeSignalBody>;

export const resolveSignalBodySchema = z.strictObject({
  note: textSchema,
}) satisfies z.ZodType<ResolveSignalBody>;

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
