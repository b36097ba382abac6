import { z } from 'zod';
import { milestoneKinds, stakeholderRoles } from '@liftoff/shared/domain/index';
import type {
  ChecklistItem,
  CompletionRule,
  DealContact,
  HandoffContact,
  HandoffCriterion,
  StakeholderRole,
} from '@liftoff/shared/domain/index';
import type { JsonObject } from '../../onboarding/ports/index.ts';

/** JSON columns are parsed on the way out like any other edge: a hand-edited or half-migrated row fails loudly. */
export function parseJsonColumn<T>(schema: z.ZodType<T>, text: string): T {
  return schema.parse(JSON.parse(text));
}

/** A nullable JSON column: SQL null reads as null, anything else is parsed like parseJsonColumn. */
export function parseNullableJsonColumn<T>(schema: z.ZodType<T>, text: string | null): T | null {
  return text === null ? null : parseJsonColumn(schema, text);
}

export const checklistSchema = z.array(z.object({ label: z.string(), done: z.boolean() })) satisfies z.ZodType<
  ChecklistItem[]
>;

export const rolesSchema = z.array(z.enum(stakeholderRoles)) satisfies z.ZodType<StakeholderRole[]>;

/** A deal's contacts, as sales tagged them on its handoff or as the CRM last listed them (the same shape). */
export const contactsSchema = z.array(
  z.object({
    contactId: z.string(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    roles: rolesSchema,
  }),
) satisfies z.ZodType<HandoffContact[]> & z.ZodType<DealContact[]>;

/** A deal's promises, as sales saved them on its handoff or as the CRM holds them (the same shape). */
export const handoffCriteriaSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    metric: z.string().nullable(),
    unit: z.string().nullable(),
    baseline: z.number().nullable(),
    target: z.number().nullable(),
    dueDate: z.number().nullable(),
  }),
) satisfies z.ZodType<HandoffCriterion[]>;

export const stringListSchema = z.array(z.string()) satisfies z.ZodType<string[]>;

export const jsonObjectSchema = z.record(z.string(), z.json()) satisfies z.ZodType<JsonObject>;

export const completionRuleSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('first_login') }),
  z.object({ rule: z.literal('key_feature_used'), feature: z.string().nullable() }),
  z.object({ rule: z.literal('active_users'), atLeast: z.number().int().min(1) }),
  z.object({ rule: z.literal('milestone_done'), milestoneKind: z.enum(milestoneKinds) }),
]) satisfies z.ZodType<CompletionRule>;
