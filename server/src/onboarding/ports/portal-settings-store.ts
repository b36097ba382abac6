import type { PortalMode, PortalSettings } from './records/portal-settings.ts';

export interface PortalSettingsStore {
  get(portalId: string): Promise<PortalSettings | null>;
  put(settings: PortalSettings): Promise<void>;
  /** Records the mode the setup command applied; a portal seen for the first time gets empty JSON settings. */
  setMode(portalId: string, mode: PortalMode): Promise<void>;
  /** Authenticates a usage API call: the portal owning the key whose hash is given. */
  findPortalIdByUsageKeyHash(keyHash: string): Promise<string | null>;
}
