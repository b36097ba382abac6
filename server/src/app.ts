import express from 'express';
import type { Express } from 'express';
import type { Config } from './config.ts';
import {
  createDeferredJsonErrors,
  createErrorHandler,
  createNotFoundHandler,
} from './http/middleware/handle-errors.ts';
import { createRequestContext } from './http/middleware/create-request-context.ts';
import { captureRawBody } from './http/middleware/raw-body.ts';
import { createRoutes } from './http/routes.ts';
import type { AppRoute } from './http/routes.ts';
import type { Logger } from './logger.ts';
import type { Clock, InboxStore, StoreHealth } from './onboarding/ports/index.ts';

export type { AppRoute } from './http/routes.ts';

/** The part of the store the HTTP edge uses; the SQLite store (createSqliteStore) satisfies it. */
export interface AppStore {
  inbox: Pick<InboxStore, 'append'>;
  health(): Promise<StoreHealth>;
}

export interface AppDeps {
  config: Pick<Config, 'publicBaseUrl' | 'hubspot'>;
  logger: Logger;
  clock: Clock;
  store: AppStore;
  /** Extra routers (card API, workflow actions, usage API), mounted after the built-in routes. */
  routes?: readonly AppRoute[];
}

/** hubspot.fetch bodies are capped at 1 MB by HubSpot, and a webhook batch is far smaller. */
const MAX_BODY = '1mb';

/** Builds the Express app; it never listens, so tests start it on port 0 and main.ts owns the socket. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(createRequestContext(deps.logger));
  app.use(express.json({ limit: MAX_BODY, verify: captureRawBody }));
  app.use(createDeferredJsonErrors());
  // Other media types are read too (raw bytes), so a signed non-JSON body reaches its route and gets a 415.
  app.use(express.raw({ type: () => true, limit: MAX_BODY, verify: captureRawBody }));
  app.use(
    createRoutes({
      publicBaseUrl: deps.config.publicBaseUrl,
      clientSecret: deps.config.hubspot.clientSecret,
      clock: deps.clock,
      store: deps.store,
      routes: deps.routes ?? [],
    }),
  );
  app.use(createNotFoundHandler());
  app.use(createErrorHandler());
  return app;
}
