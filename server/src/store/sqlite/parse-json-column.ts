import { z } from 'zod';
import { stakeholderRoles } from '@liftoff/shared/domain/index';
import type { ChecklistItem, StakeholderRole } from '@liftoff/shared/domain/index';
import type { JsonObject } from '../../onboarding/ports.ts';

/** JSON columns are parsed on the way out like any other edge: a hand-edited or half-migrated row fails loudly. */
export function parseJsonColumn<T>(schema: z.ZodType<T>, text: string): T {
  return schema.parse(JSON.parse(text));
}

export const checklistSchema = z.array(z.object({ label: z.string(), done: z.boolean() })) satisfies z.ZodType<
  ChecklistItem[]
>;

export const rolesSchema = z.array(z.enum(stakeholderRoles)) satisfies z.ZodType<StakeholderRole[]>;

export const stringListSchema = z.array(z.string()) satisfies z.ZodType<string[]>;

export const jsonObjectSchema = z.record(z.string(), z.json()) satisfies z.ZodType<JsonObject>;
