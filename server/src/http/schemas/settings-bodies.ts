import { z } from 'zod';
import type { RotateUsageKeyBody, SaveSettingsBody } from '@liftoff/shared/contract/index';
import { featureKeySchema } from '../../onboarding/settings/parse-template-settings.ts';
import { ownerPropertySchema } from '../../onboarding/settings/owner-property-schema.ts';
import { usagePropertyMappingSchema } from '../../onboarding/settings/parse-usage-property-mapping.ts';
import type { SaveSettingsInput } from '../../onboarding/settings/save-settings.ts';
import { edgeString } from './edge-schemas.ts';

/**
 * PUT settings body: the contract's SaveSettingsBody, every section optional so a client can save one section
 * alone; the usage property mapping maps known Liftoff inputs to HubSpot property names; the owner property names
 * the CSM (null: the company owner).
 */
export const saveSettingsBodySchema = z.strictObject({
  thresholds: z
    .array(z.strictObject({ key: edgeString().max(100), value: z.number().finite() }))
    .max(200)
    .optional(),
  templates: z
    .array(
      z.strictObject({
        id: edgeString().trim().min(1).max(200),
        keyFeatures: z.array(featureKeySchema).max(50),
        isDefault: z.boolean(),
      }),
    )
    .max(100)
    .optional(),
  usagePropertyMapping: usagePropertyMappingSchema.optional(),
  ownerProperty: ownerPropertySchema.optional(),
}) satisfies z.ZodType<SaveSettingsInput, SaveSettingsBody>;

/** POST usage-key body, optional: `keepPrevious` keeps the current keys valid while the product switches over. */
export const rotateUsageKeyBodySchema = z.strictObject({
  keepPrevious: z.boolean().optional(),
}) satisfies z.ZodType<RotateUsageKeyBody>;
