export const thresholdUnits = ['days', 'percent', 'count'] as const;
export type ThresholdUnit = (typeof thresholdUnits)[number];

/** One configurable threshold of a signal rule (docs/PRODUCT.md §4: every threshold is configurable per portal). */
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
  /**
   * The last 4 characters of the newest key, to recognise it; the full key is shown only once, when rotated. Null
   * when no key exists, or for a key created before Liftoff recorded them.
   */
  lastFour: string | null;
  /** More than one while a rotation keeps the previous keys valid for the product's switch-over. */
  validKeys: number;
}

export const contractPortalModes = ['custom_objects', 'store_only'] as const;
/** Enterprise portals keep criteria, milestones and signals as HubSpot custom objects; others in Liftoff's store. */
export type ContractPortalMode = (typeof contractPortalModes)[number];

/**
 * Which HubSpot company properties feed the portal's usage (internal property names), for portals whose product
 * does not call the usage API. Each Liftoff input left out is not read.
 */
export interface UsagePropertyMappingView {
  /** A datetime (or date) property: the company's most recent login. */
  lastLoginAt?: string;
  /** A number property: logins in the last 7 days. */
  logins7d?: string;
  /** A number property: distinct users who logged in during the last 7 days. */
  activeUsers7d?: string;
  /** Per key feature, a datetime (or date) property: when the feature was last used. */
  featureLastUsedAt?: Record<string, string>;
}

/** The app settings page. */
export interface SettingsView {
  /** Set by the setup command (HubSpot tier); null until the portal is set up or first saved. Read-only here. */
  mode: ContractPortalMode | null;
  thresholds: ThresholdView[];
  templates: TemplateSettingsView[];
  usagePropertyMapping: UsagePropertyMappingView;
  /**
   * The company owner property (internal name) naming each onboarding's CSM; null: HubSpot's company owner
   * (`hubspot_owner_id`). For teams that keep the account executive as company owner.
   */
  ownerProperty: string | null;
  usageKey: UsageKeyView;
}

/**
 * PUT settings — thresholds by key, templates by id, the usage mapping, the owner property; a section left out is
 * kept as stored.
 */
export interface SaveSettingsBody {
  thresholds?: { key: string; value: number }[];
  templates?: { id: string; keyFeatures: string[]; isDefault: boolean }[];
  /** Replaces the whole mapping. */
  usagePropertyMapping?: UsagePropertyMappingView;
  /** An owner property's internal name; null goes back to the company owner. */
  ownerProperty?: string | null;
}

/** POST settings/usage-key — `keepPrevious` keeps the current keys valid until the next rotation (default false). */
export interface RotateUsageKeyBody {
  keepPrevious?: boolean;
}

/** POST settings/usage-key — the new key, shown once. */
export interface RotateUsageKeyResponse {
  apiKey: string;
  usageKey: UsageKeyView;
}
