import { z } from 'zod';
import { onboardingOutcomes, outcomeReasons, signalTypes } from '@liftoff/shared/domain/index';
import type { CalendarDate, Instant, OnboardingOutcome, OutcomeReason, SignalType } from '@liftoff/shared/domain/index';
import { toCalendarDate } from '@liftoff/shared/time/calendar';
import {
  edgeString,
  hubspotRecordIdSchema,
  isoDateSchema,
  requireOutcomeReason,
  toStartDateSchema,
} from './edge-schemas.ts';

/**
 * What HubSpot POSTs to a custom workflow action's `actionUrl` (docs/HUBSPOT.md §1.6, v4 guide): the callback
 * id, the portal and action in `origin`, the enrolled record in `object`, and the configured values in
 * `inputFields`. Ids come as numbers; unknown keys are kept out of the way, as HubSpot adds fields over time.
 */
export interface WorkflowActionRequest {
  callbackId: string;
  portalId: string;
  companyId: string;
  inputFields: Record<string, unknown>;
}

const idSchema = z.union([z.number().int().nonnegative(), hubspotRecordIdSchema]).transform(String);

export const workflowActionRequestSchema = z
  .looseObject({
    callbackId: edgeString().min(1).max(256),
    origin: z.looseObject({ portalId: idSchema }),
    object: z.looseObject({ objectId: idSchema, objectType: edgeString().max(100).optional() }),
    inputFields: z.record(edgeString(), z.unknown()).default({}),
  })
  .transform((body): WorkflowActionRequest => ({
    callbackId: body.callbackId,
    portalId: body.origin.portalId,
    companyId: body.object.objectId,
    inputFields: body.inputFields,
  }));

/** An empty select or date input arrives as absent, null or an empty string. */
const emptyInput = z.union([z.null(), z.literal('')]).transform(() => null);

/**
 * A workflow date input: HubSpot sends midnight UTC in epoch milliseconds (as a number or a digit string);
 * a `YYYY-MM-DD` text (e.g. copied from a property) is accepted too.
 */
const dateInputSchema = z.union([
  emptyInput,
  z
    .union([
      z.number().int(),
      z
        .string()
        .regex(/^\d{1,15}$/)
        .transform(Number),
    ])
    .transform(toCalendarDate),
  isoDateSchema,
]);

/** The start action's inputs as of `now`: a start date, when given, must lie in the start window (`decideStartDate`). */
export const toStartOnboardingInputSchema = (now: Instant) =>
  z.object({
    templateId: z
      .union([emptyInput, edgeString().trim().min(1)])
      .optional()
      .transform((value) => value ?? null),
    startDate: dateInputSchema
      .optional()
      .transform((value) => value ?? null)
      .pipe(toStartDateSchema(now).nullable()),
  }) satisfies z.ZodType<{ templateId: string | null; startDate: CalendarDate | null }>;

export const acknowledgeSignalInputSchema = z.object({
  signalType: z.enum(signalTypes),
}) satisfies z.ZodType<{ signalType: SignalType }>;

/**
 * The close action's inputs: the outcome, its reason (required for churned and abandoned, as on the card) and a
 * note for the checkpoint log; an empty select or text input is none.
 */
export const closeOnboardingInputSchema = z
  .object({
    outcome: z.enum(onboardingOutcomes),
    reason: z
      .union([emptyInput, z.enum(outcomeReasons)])
      .optional()
      .transform((value) => value ?? null),
    note: z
      .union([emptyInput, edgeString().trim().max(5_000)])
      .optional()
      .transform((value) => value || null),
  })
  .superRefine(requireOutcomeReason) satisfies z.ZodType<{
  outcome: OnboardingOutcome;
  reason: OutcomeReason | null;
  note: string | null;
}>;
