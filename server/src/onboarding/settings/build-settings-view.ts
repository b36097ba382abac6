import type { SettingsView, UsageKeyView } from '@liftoff/shared/contract/settings-view';
import type { ThresholdOverrides } from '@liftoff/shared/engine/thresholds';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import { parseThresholdOverrides } from '../parse-threshold-overrides.ts';
import type { PortalMode, PortalSettings } from '../ports.ts';
import { toPortalTemplateSettings, toTemplateSettingsViews } from './parse-template-settings.ts';
import { toPortalUsageMapping } from './parse-usage-property-mapping.ts';
import type { UsagePropertyMapping } from './parse-usage-property-mapping.ts';
import { toThresholdViews } from './threshold-settings.ts';

/** The usage API keys as an admin may see them: how many are valid, never a key or a hash. */
export interface UsageKeysView extends UsageKeyView {
  /** More than one while a rotation keeps the previous key valid for the product's switch-over. */
  validKeys: number;
}

/**
 * GET /api/cards/settings: the contract's SettingsView (thresholds with their effective values, templates, the
 * usage key) plus what the RevOps admin also tunes here: the portal's mode, the stored threshold overrides and
 * the usage property mapping.
 */
export interface SettingsResponse extends SettingsView {
  /** null until the setup command (or a first save) has recorded the portal. */
  mode: PortalMode | null;
  thresholdOverrides: ThresholdOverrides;
  usagePropertyMapping: UsagePropertyMapping;
  usageKey: UsageKeysView;
}

function toStoredOverrides(stored: unknown): ThresholdOverrides {
  const parsed = parseThresholdOverrides(stored ?? {});
  if (!parsed.ok) throw new Error(`Stored threshold overrides are invalid (${parsed.issues[0]?.path})`);
  return parsed.overrides;
}

/**
 * Only hashes of the usage keys are stored, so a key's last four characters are known only when it is created
 * (`newKeyLastFour`); afterwards the page shows that a key is configured without them.
 */
export function buildSettingsView(
  settings: PortalSettings | null,
  templates: readonly PlaybookTemplate[],
  newKeyLastFour: string | null = null,
): SettingsResponse {
  const thresholdOverrides = toStoredOverrides(settings?.thresholds);
  const validKeys = settings?.usageApiKeyHashes.length ?? 0;
  return {
    mode: settings?.mode ?? null,
    thresholds: toThresholdViews(thresholdOverrides),
    thresholdOverrides,
    templates: toTemplateSettingsViews(templates, toPortalTemplateSettings(settings?.templates)),
    usagePropertyMapping: toPortalUsageMapping(settings?.usagePropertyMapping),
    usageKey: { configured: validKeys > 0, lastFour: validKeys > 0 ? newKeyLastFour : null, validKeys },
  };
}
