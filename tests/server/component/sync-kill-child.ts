import { createHubSpotCrmGateway } from '../../../server/src/hubspot/create-hubspot-crm-gateway.ts';
import { createPortalClient } from '../../../server/src/hubspot/client/create-portal-client.ts';
import { createWorker } from '../../../server/src/jobs/create-worker.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { createSqliteStore } from '../../../server/src/store/sqlite/create-sqlite-store.ts';

/** The worker as its own process for the SIGKILL test: drains the inbox of `dbPath` against `baseUrl`, then exits. */
const [dbPath = '', baseUrl = '', token = ''] = process.argv.slice(2);
const clock = { now: () => Date.now() };
const store = await createSqliteStore({ path: dbPath, clock });
const client = createPortalClient({ portalId: '4242', accessToken: token, basePath: baseUrl });
const crm = createHubSpotCrmGateway({ client, liftoffObjectTypes: { criterion: null, milestone: null, signal: null } });
const worker = createWorker({
  store,
  crmFor: () => crm,
  clock,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  logger: createLogger({ level: 'silent' }),
  leaseMs: 300,
});
process.stdout.write('ready\n');
while ((await store.inbox.counts('4242')).pending + (await store.inbox.counts('4242')).processing > 0) {
  await worker.drainOnce();
  await new Promise((resolve) => setTimeout(resolve, 50));
}
await store.close();
process.stdout.write('drained\n');
