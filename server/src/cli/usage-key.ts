import { pathToFileURL } from 'node:url';
import { loadEnvSubset } from '../config.ts';
import { rotateUsageApiKey } from '../onboarding/usage/rotate-usage-api-key.ts';
import { createSqliteStore } from '../store/sqlite/create-sqlite-store.ts';

/**
 * `npm run usage:key [-- --keep-previous]` creates the portal's usage API key, or rotates it (the settings page
 * does the same). The key is printed once, on stdout; only its SHA-256 digest is stored, so it cannot be shown again.
 */
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
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
