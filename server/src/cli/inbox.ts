import { pathToFileURL } from 'node:url';
import { loadEnvSubset } from '../config.ts';
import { createSqliteStore } from '../store/sqlite/create-sqlite-store.ts';
import { toInboxReport } from './to-inbox-report.ts';

/** `npm run inbox`: the inbox's counts by status and its parked events with their errors (read-only). */
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const env = loadEnvSubset(['HUBSPOT_PORTAL_ID', 'DATABASE_PATH']);
  const store = await createSqliteStore({ path: env.DATABASE_PATH });
  try {
    const portalId = env.HUBSPOT_PORTAL_ID;
    const [counts, parked] = await Promise.all([store.inbox.counts(portalId), store.inbox.listParked(portalId, 50)]);
    process.stdout.write(`${toInboxReport(portalId, counts, parked)}\n`);
  } finally {
    await store.close();
  }
}
