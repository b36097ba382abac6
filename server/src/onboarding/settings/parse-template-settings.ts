import type { TemplateSettingsView } from '@liftoff/shared/contract/settings-view';
import { decideTemplate } from '@liftoff/shared/playbook/decide-template';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import { z } from 'zod';
import type { JsonObject } from '../ports.ts';

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

/**
 * The templates as the settings page shows them: the playbook's key features unless the portal changed them, and
 * the default template — the one the portal marked, else the playbook's catch-all (what a deal matching no
 * pipeline or segment gets).
 */
export function toTemplateSettingsViews(
  templates: readonly PlaybookTemplate[],
  settings: TemplateSettings,
): TemplateSettingsView[] {
  const marked = templates.find((template) => settings[template.id]?.isDefault === true);
  const defaultId = (marked ?? decideTemplate({ pipelineId: null, segment: null }, templates))?.id ?? null;
  return templates.map((template) => ({
    id: template.id,
    name: template.name,
    keyFeatures: settings[template.id]?.keyFeatures ?? template.keyFeatures,
    isDefault: template.id === defaultId,
  }));
}
