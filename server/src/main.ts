import { setTimeout as delay } from 'node:timers/promises';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { startServer } from './http/start-server.ts';
import { createHubSpotCrmGateway } from './hubspot/create-hubspot-crm-gateway.ts';
import { createPortalClient } from './hubspot/create-portal-client.ts';
import { createScheduler } from './jobs/create-scheduler.ts';
import { createWorker } from './jobs/create-worker.ts';
import { createLogger } from './logger.ts';
import type { Clock } from './onboarding/ports.ts';
import { createSqliteStore } from './store/sqlite/create-sqlite-store.ts';

/**
 * Composition root (`npm start`): config → logger → store → services → app → listen.
 * On SIGTERM/SIGINT: stop accepting requests and let in-flight ones finish while the services stop (the worker
 * finishes or releases the events it holds back to the inbox), then close the store. Nothing acknowledged is lost:
 * webhook events are in the inbox before HubSpot gets its 200.
 */

/** A long-running part of the service: started once the store is open, stopped before it closes. */
interface Service {
  name: string;
  start(): void | Promise<void>;
  stop(): Promise<void>;
}

const config = loadConfig();
const logger = createLogger({ level: config.logLevel });
const clock: Clock = { now: () => Date.now() };

const store = await createSqliteStore({ path: config.databasePath, clock }).catch((error: unknown) => {
  logger.fatal({ err: error, databasePath: config.databasePath }, 'could not open the store');
  process.exit(1);
});

// One portal per deployment (static auth): the worker parks events of any other portal.
const { portalId, accessToken } = config.hubspot;
const crm = createHubSpotCrmGateway({ client: createPortalClient({ portalId, accessToken }) });
const sleep = (ms: number) => delay(ms, undefined, { ref: false });
const worker = createWorker({
  store,
  crmFor: (eventPortalId) => (eventPortalId === portalId ? crm : null),
  clock,
  sleep,
  logger: logger.child({ service: 'worker' }),
});
const scheduler = createScheduler({
  store,
  portalIds: [portalId],
  intervalMs: config.sweepIntervalMs,
  clock,
  sleep,
  logger: logger.child({ service: 'scheduler' }),
});
const services: Service[] = [
  { name: 'worker', start: () => worker.start(), stop: () => worker.stop() },
  { name: 'scheduler', start: () => scheduler.start(), stop: () => scheduler.stop() },
];
for (const service of services) {
  await service.start();
  logger.info({ service: service.name }, 'service started');
}

const app = createApp({ config, logger, clock, store, routes: [] });
const server = await startServer(app, { port: config.port });
logger.info(
  { url: server.url, publicBaseUrl: config.publicBaseUrl, databasePath: config.databasePath },
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

  const results = await Promise.allSettled([
    server.stop(config.shutdownTimeoutMs),
    ...services.map((service) => service.stop()),
  ]);
  for (const result of results) {
    if (result.status === 'rejected')
      logger.error({ err: result.reason }, 'a part of the service did not stop cleanly');
  }
  await store.close();
  clearTimeout(hardStop);
  logger.info('stopped');
  process.exitCode = results.some((result) => result.status === 'rejected') ? 1 : 0;
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    stopGracefully(signal).catch((error: unknown) => {
      logger.fatal({ err: error }, 'graceful stop failed');
      process.exit(1);
    });
  });
}
