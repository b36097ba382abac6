export const thresholdUnits = ['days', 'percent', 'count'] as const;
export type ThresholdUnit = (typeof thresholdUnits)[number];

/** One configurable threshold of a signal rule (PRODUCT.md §4: every threshold is configurable per portal). */
export interface ThresholdView {
  key: string;
  label: string;
  value: number;
  defaultValue: number;
  unit: ThresholdUnit;
}

export interface TemplateSettingsView {
  id: string;
  name: string;
  /** Key features whose use counts towards activation. */
  keyFeatures: string[];
  isDefault: boolean;
}

export interface UsageKeyView {
  configured: boolean;
  /** The last 4 characters, to recognise the key; the full key is shown only once, when rotated. */
  lastFour: string | null;
}

/** The app settings page. */
export interface SettingsView {
  thresholds: ThresholdView[];
  templates: TemplateSettingsView[];
  usageKey: UsageKeyView;
}

/** PUT settings — thresholds by key, templates by id. */
export interface SaveSettingsBody {
  thresholds: { key: string; value: number }[];
  templates: { id: string; keyFeatures: string[]; isDefault: boolean }[];
}

/** POST settings/usage-key — the new key, shown once. */
export interface RotateUsageKeyResponse {
  apiKey: string;
  usageKey: UsageKeyView;
}
