export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const portalModes = ['custom_objects', 'store_only'] as const;
/** Enterprise portals keep criteria, milestones and signals as custom objects; others keep them in the store only. */
export type PortalMode = (typeof portalModes)[number];

/** Per-portal settings; the JSON parts are validated by the modules that own their shape. */
export interface PortalSettings {
  portalId: string;
  mode: PortalMode;
  thresholds: JsonObject;
  templates: JsonObject;
  usagePropertyMapping: JsonObject;
  /** Hashes of the usage API keys; the keys themselves are never stored. */
  usageApiKeyHashes: string[];
  /**
   * The newest usage API key's last four characters, recorded when it is created so an admin can recognise it;
   * absent when unknown (no key, or a key created before they were recorded).
   */
  usageKeyLastFour?: string;
  /**
   * The company property naming the onboarding's CSM; absent: HubSpot's company owner (`hubspot_owner_id`). Many teams
   * keep the account executive as company owner and the CSM in another owner property.
   */
  ownerProperty?: string;
}
