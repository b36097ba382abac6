import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import type { Logger } from '../../logger.ts';
import './request-locals.ts';

/** An incoming id is reused only when it is short and plain, so a caller cannot inject text into the logs. */
const ACCEPTABLE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives every request an id (the caller's `x-request-id` when sane, else a new UUID), a child logger stamped
 * with it, and one access-log line when the response is sent. Only the path is logged: headers and query
 * strings can carry signatures, keys or user ids.
 */
export function createRequestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const requestId = incoming !== undefined && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const startedAt = performance.now();
    res.locals.requestId = requestId;
    res.locals.log = logger.child({ requestId });
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      res.locals.log.info(
        {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
        },
        'request completed',
      );
    });
    next();
  };
}
