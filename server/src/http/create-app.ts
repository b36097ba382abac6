import express, { Router } from 'express';
import type { Express } from 'express';
import type { Logger } from '../logger.ts';
import { createDeferredJsonErrors, createErrorHandler, createNotFoundHandler } from './middleware/handle-errors.ts';
import { createRequestContext } from './middleware/create-request-context.ts';
import { captureRawBody } from './middleware/raw-body.ts';
import { createRouteTable } from './routes.ts';
import type { Route, RouteDeps } from './routes.ts';

export interface AppDeps extends RouteDeps {
  logger: Logger;
}

/** hubspot.fetch bodies are capped at 1 MB by HubSpot, and a webhook batch is far smaller. */
const MAX_BODY = '1mb';

/**
 * Builds the Express app with every route of routes.ts; it never listens, so tests start it on port 0 and
 * start-service.ts owns the socket.
 */
export function createApp(deps: AppDeps): Express {
  return createAppWithRoutes(deps.logger, createRouteTable(deps));
}

/** The app around a given route table: request context, body parsing, then the routes, 404 and error rendering. */
export function createAppWithRoutes(logger: Logger, routes: readonly Route[]): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(createRequestContext(logger));
  app.use(express.json({ limit: MAX_BODY, verify: captureRawBody }));
  app.use(createDeferredJsonErrors());
  // Other media types are read too (raw bytes), so a signed non-JSON body reaches its route and gets a 415.
  app.use(express.raw({ type: () => true, limit: MAX_BODY, verify: captureRawBody }));
  app.use(toRouter(routes));
  app.use(createNotFoundHandler());
  app.use(createErrorHandler());
  return app;
}

function toRouter(routes: readonly Route[]): Router {
  const router = Router();
  for (const { method, path, guard, handler } of routes) {
    router[method.toLowerCase() as Lowercase<Route['method']>](path, ...guard, handler);
  }
  return router;
}
