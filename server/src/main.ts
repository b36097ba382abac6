import { setTimeout as delay } from 'node:timers/promises';
import { loadConfig } from './config.ts';
import { createHubSpotCrmGateway } from './hubspot/create-hubspot-crm-gateway.ts';
import { createPortalClient } from './hubspot/client/create-portal-client.ts';
import { createLogger } from './logger.ts';
import type { Clock } from './onboarding/ports/index.ts';
import { startService } from './start-service.ts';
import { createSqliteStore } from './store/sqlite/create-sqlite-store.ts';

/**
 * Composition root (`npm start`): config → logger → store → HubSpot → service (worker, scheduler, app) → listen.
 * On SIGTERM/SIGINT: stop accepting requests and let in-flight ones finish while the worker finishes or releases
 * the events it holds back to the inbox, then close the store. Nothing acknowledged is lost: webhook events are in
 * the inbox before HubSpot gets its 200.
 */
const config = loadConfig();
const logger = createLogger({ level: config.logLevel });
const clock: Clock = { now: () => Date.now() };

const store = await createSqliteStore({ path: config.databasePath, clock }).catch((error: unknown) => {
  logger.fatal({ err: error, databasePath: config.databasePath }, 'could not open the store');
  process.exit(1);
});

// One portal per deployment (static auth): intake parks webhook events of any other portal under this one, and the
// worker has no CRM for any other portal (it parks such an event, e.g. one stored before intake parked them).
const { portalId } = config.portals;
const { accessToken } = config.hubspot;
const crm = createHubSpotCrmGateway({ client: createPortalClient({ portalId, accessToken }) });
const sleep = (ms: number) => delay(ms, undefined, { ref: false });
const service = await startService({
  config,
  logger,
  store,
  crmFor: (eventPortalId) => (eventPortalId === portalId ? crm : null),
  clock,
  wallClock: clock,
  sleep,
  schedulerSleep: sleep,
  webhookInbox: store.inbox,
});
logger.info(
  { url: service.url, publicBaseUrl: config.publicBaseUrl, databasePath: config.databasePath },
  'liftoff is listening',
);

let stopping = false;

async function stopGracefully(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping: refusing new requests, finishing in-flight work');
  // A last resort if closing hangs (e.g. a stuck store); the server's own timeout already cuts slow clients.
  const hardStop = setTimeout(() => {
    logger.error('graceful stop timed out; exiting');
    process.exit(1);
  }, config.shutdownTimeoutMs * 2);
  hardStop.unref();

  const { ok, errors } = await service.stop();
  for (const error of errors) logger.error({ err: error }, 'a part of the service did not stop cleanly');
  await store.close();
  clearTimeout(hardStop);
  logger.info('stopped');
  process.exitCode = ok ? 0 : 1;
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    stopGracefully(signal).catch((error: unknown) => {
      logger.fatal({ err: error }, 'graceful stop failed');
      process.exit(1);
    });
  });
}
