import type { RequestHandler } from 'express';
import type { StoreHealth } from '../../onboarding/ports/index.ts';
import { sendError } from '../http-error.ts';
import '../middleware/request-locals.ts';

/** GET /healthz: the process is up and serving; says nothing about dependencies (a liveness probe). */
export function createLivenessHandler(): RequestHandler {
  return (_req, res) => {
    res.status(200).json({ status: 'ok' });
  };
}

/**
 * GET /readyz: the store answers and every migration is applied, so intake would be stored durably.
 * A readiness probe failing takes the instance out of rotation without restarting it.
 */
export function createReadinessHandler(store: { health(): Promise<StoreHealth> }): RequestHandler {
  return async (_req, res) => {
    let health: StoreHealth;
    try {
      health = await store.health();
    } catch (error) {
      res.locals.log.warn({ err: error }, 'store health check failed');
      sendError(res, 'not_ready', 'The store is not reachable.');
      return;
    }
    if (!health.ok || health.migrations.pending > 0) {
      sendError(res, 'not_ready', `The store is not ready (${health.migrations.pending} migration(s) pending).`);
      return;
    }
    res.status(200).json({ status: 'ready', migrations: health.migrations });
  };
}
