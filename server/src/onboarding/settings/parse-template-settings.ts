import { z } from 'zod';
import type { JsonObject } from '../ports/index.ts';

/** A portal's changes to one playbook template (settings page): its key features and whether it is the default. */
export interface TemplateSetting {
  keyFeatures: string[];
  isDefault: boolean;
}

/** The settings' `templates` JSON: by template id. */
export type TemplateSettings = Record<string, TemplateSetting>;

/** Feature keys as the product reports them in usage events (`feature_used` with a feature key). */
export const featureKeySchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'expected a feature key (letters, digits, _ . : -)');

const templateSettingsSchema = z.record(
  z.string(),
  z.strictObject({ keyFeatures: z.array(featureKeySchema), isDefault: z.boolean() }),
) satisfies z.ZodType<TemplateSettings>;

/** A portal's stored template settings; the settings API validated them on save, so invalid ones are a bug. */
export function toPortalTemplateSettings(stored: unknown): TemplateSettings {
  const parsed = templateSettingsSchema.safeParse(stored ?? {});
  if (!parsed.success) throw new Error(`Stored template settings are invalid: ${parsed.error.message}`);
  return parsed.data;
}

export function toTemplateSettingsJson(settings: TemplateSettings): JsonObject {
  return Object.fromEntries(
    Object.entries(settings).map(([id, { keyFeatures, isDefault }]) => [
      id,
      { keyFeatures: [...keyFeatures], isDefault },
    ]),
  );
}
