import { loadEnvSubset } from '../config.ts';
import { createUsageApiKey } from '../onboarding/create-usage-api-key.ts';
import type { PortalSettingsStore } from '../onboarding/ports.ts';
import { createSqliteStore } from '../store/sqlite/create-sqlite-store.ts';

/**
 * `npm run usage:key` creates the portal's usage API key, or rotates it: the new key replaces every previous one
 * (`--keep-previous` keeps them valid during a product's switch-over). The key is printed once, on stdout, and
 * only its SHA-256 digest is stored; it cannot be shown again.
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
  await portalSettings.put({ ...settings, usageApiKeyHashes });
  return { apiKey, lastFour, validKeys: usageApiKeyHashes.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = loadEnvSubset(['HUBSPOT_PORTAL_ID', 'DATABASE_PATH']);
  const store = await createSqliteStore({ path: env.DATABASE_PATH });
  try {
    const keepPrevious = process.argv.includes('--keep-previous');
    const result = await rotateUsageApiKey(store.portalSettings, env.HUBSPOT_PORTAL_ID, { keepPrevious });
    process.stderr.write(
      `Usage API key for portal ${env.HUBSPOT_PORTAL_ID} (…${result.lastFour}); ${result.validKeys} key(s) now valid. ` +
        'It is shown only this once: send it as "Authorization: Bearer <key>" to POST /api/usage/events.\n',
    );
    process.stdout.write(`${result.apiKey}\n`);
  } finally {
    await store.close();
  }
}
