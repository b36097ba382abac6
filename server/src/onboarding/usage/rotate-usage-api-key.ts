import { createUsageApiKey } from './create-usage-api-key.ts';
import type { PortalSettingsStore } from '../ports/index.ts';

/**
 * Creates the portal's usage API key, or rotates it: the new key replaces every previous one, unless
 * `keepPrevious` keeps them valid during a product's switch-over. Only the key's SHA-256 digest is stored (and its
 * last four characters, for the settings page to name the active key), so the returned key is the only time it can be
 * shown.
 */
export async function rotateUsageApiKey(
  portalSettings: Pick<PortalSettingsStore, 'get' | 'put' | 'setMode'>,
  portalId: string,
  options: { keepPrevious: boolean },
): Promise<{ apiKey: string; lastFour: string; validKeys: number }> {
  if ((await portalSettings.get(portalId)) === null) await portalSettings.setMode(portalId, 'store_only');
  const settings = await portalSettings.get(portalId);
  if (settings === null) throw new Error(`portal ${portalId} has no settings`);
  const { apiKey, keyHash, lastFour } = createUsageApiKey();
  const usageApiKeyHashes = options.keepPrevious ? [...settings.usageApiKeyHashes, keyHash] : [keyHash];
  await portalSettings.put({ ...settings, usageApiKeyHashes, usageKeyLastFour: lastFour });
  return { apiKey, lastFour, validKeys: usageApiKeyHashes.length };
}
