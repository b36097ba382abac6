import { randomUUID } from 'node:crypto';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';
import type { Config } from './config.ts';
import { createApp } from './http/create-app.ts';
import { startServer } from './http/start-server.ts';
import { createScheduler } from './jobs/create-scheduler.ts';
import { createWorker } from './jobs/create-worker.ts';
import type { Logger } from './logger.ts';
import type { CrmGateway } from './onboarding/ports/crm-gateway.ts';
import type { Clock, InboxStore, Store } from './onboarding/ports/index.ts';

export interface ServiceDeps {
  config: Config;
  logger: Logger;
  store: Store;
  /** The CRM of a portal; null for a portal this deployment does not serve (its events are parked). */
  crmFor: (portalId: string) => CrmGateway | null;
  /** Business time: an onboarding's day, what is overdue, how long a signal has been open. */
  clock: Clock;
  /** Real time, for signature windows: HubSpot stamps requests with real time. The same clock as `clock` in production. */
  wallClock: Clock;
  sleep: (ms: number) => Promise<void>;
  /** How the scheduler waits between sweeps (the demo bounds it in real time when its clock runs fast). */
  schedulerSleep: (ms: number) => Promise<void>;
  /** Where webhook events are appended (the store's inbox; the demo's sandbox also applies them first). */
  webhookInbox: Pick<InboxStore, 'append'>;
  /** The interface to listen on; all of them when absent. */
  host?: string;
}

export interface RunningService {
  url: string;
  /**
   * Stops intake, lets in-flight requests finish, and finishes or releases the worker's claimed events. `ok` only
   * when nothing failed and no connection was cut at the shutdown timeout (each cut is one of `errors`).
   */
  stop(): Promise<{ ok: boolean; errors: unknown[] }>;
}

/**
 * The whole service, composed once for production (`npm start`) and the demo (`npm run demo`), which differ only
 * by their CRM port and clocks: worker and scheduler, then the app with every route (webhooks, card API, usage API,
 * workflow actions), then the socket. The caller owns the store and closes it after `stop()`.
 */
export async function startService(deps: ServiceDeps): Promise<RunningService> {
  const { config, logger, store, clock } = deps;
  const { portalId } = config.portals;

  const worker = createWorker({
    store,
    crmFor: deps.crmFor,
    clock,
    sleep: deps.sleep,
    logger: logger.child({ service: 'worker' }),
  });
  const scheduler = createScheduler({
    store,
    portalIds: [portalId],
    intervalMs: config.sweepIntervalMs,
    historyRetentionMs: config.historyRetentionDays * DAY_MS,
    clock,
    sleep: deps.schedulerSleep,
    logger: logger.child({ service: 'scheduler' }),
  });
  const app = createServiceApp(deps);

  worker.start();
  scheduler.start();
  logger.info('worker and scheduler started');
  const server = await startServer(app, { port: config.port, ...(deps.host === undefined ? {} : { host: deps.host }) });

  return {
    url: server.url,
    async stop() {
      const results = await Promise.allSettled([
        server.stop(config.shutdownTimeoutMs),
        worker.stop(),
        scheduler.stop(),
      ]);
      const errors = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
      const [served] = results;
      if (served.status === 'fulfilled' && served.value.cutConnections > 0) {
        const { cutConnections } = served.value;
        const timeout = config.shutdownTimeoutMs;
        errors.push(new Error(`cut ${cutConnections} connection(s) still unanswered after ${timeout} ms`));
      }
      return { ok: errors.length === 0, errors };
    },
  };
}

/** The service's HTTP face: webhooks, card API, workflow actions and usage API on one app (it never listens). */
export function createServiceApp(
  deps: Pick<ServiceDeps, 'config' | 'logger' | 'store' | 'crmFor' | 'clock' | 'wallClock' | 'webhookInbox'>,
): ReturnType<typeof createApp> {
  return createApp({ ...deps, createEventId: randomUUID, templates: defaultTemplates });
}
