import type { SettingsView, TemplateSettingsView } from '@liftoff/shared/contract/index';
import type { ThresholdOverrides } from '@liftoff/shared/engine/index';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import { parseThresholdOverrides } from '../settings/parse-threshold-overrides.ts';
import type { PortalSettings } from '../ports/index.ts';
import { toPortalUsageMapping } from '../settings/parse-usage-property-mapping.ts';
import { toThresholdViews } from '../settings/threshold-settings.ts';
import { toPortalTemplates } from '../settings/to-portal-templates.ts';
import type { PortalTemplates } from '../settings/to-portal-templates.ts';

/** GET /api/cards/settings: the contract's SettingsView plus the stored threshold overrides, for scripts and support. */
export interface SettingsResponse extends SettingsView {
  thresholdOverrides: ThresholdOverrides;
}

function toStoredOverrides(stored: unknown): ThresholdOverrides {
  const parsed = parseThresholdOverrides(stored ?? {});
  if (!parsed.ok) throw new Error(`Stored threshold overrides are invalid (${parsed.error[0]?.path})`);
  return parsed.value;
}

/**
 * The templates as the settings page shows them: each with the key features the portal runs it with, and the one
 * onboardings get by default (the portal's marked template, else the playbook's catch-all).
 */
function toTemplateSettingsViews(portal: PortalTemplates): TemplateSettingsView[] {
  return portal.templates.map((template) => ({
    id: template.id,
    name: template.name,
    keyFeatures: [...template.keyFeatures],
    isDefault: template.id === portal.defaultTemplate?.id,
  }));
}

/**
 * The settings page's view of a portal (defaults for a portal never configured). Only hashes of the usage keys are
 * stored, plus the newest key's last four characters, which are shown while a key is configured.
 */
export function toSettingsView(
  settings: PortalSettings | null,
  templates: readonly PlaybookTemplate[],
): SettingsResponse {
  const thresholdOverrides = toStoredOverrides(settings?.thresholds);
  const validKeys = settings?.usageApiKeyHashes.length ?? 0;
  return {
    mode: settings?.mode ?? null,
    thresholds: toThresholdViews(thresholdOverrides),
    thresholdOverrides,
    templates: toTemplateSettingsViews(toPortalTemplates(settings, templates)),
    usagePropertyMapping: toPortalUsageMapping(settings?.usagePropertyMapping),
    ownerProperty: settings?.ownerProperty ?? null,
    usageKey: {
      configured: validKeys > 0,
      lastFour: validKeys > 0 ? (settings?.usageKeyLastFour ?? null) : null,
      validKeys,
    },
  };
}
