import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpError, sendError } from '../http-error.ts';
import './request-locals.ts';

/** The `type` body-parser sets on the errors it raises. */
interface BodyParserError {
  type: string;
}

/**
 * Placed right after `express.json`: a body that is not valid JSON is noted instead of answered, so the route's
 * own order applies (signature first → 401, then `requireJsonBody` → 400). The raw bytes were already captured.
 */
export function createDeferredJsonErrors(): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (toBodyParserErrorType(error) !== 'entity.parse.failed') {
      next(error);
      return;
    }
    res.locals.malformedBody = true;
    next();
  };
}

export function createNotFoundHandler(): RequestHandler {
  return (_req, res) => {
    sendError(res, 'not_found', 'No such route.');
  };
}

/**
 * Renders every error as `{ error: { code, message, issues? } }`. Unknown errors become a bare 500: the stack
 * goes to the log with the request id, never to the caller.
 */
export function createErrorHandler(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error instanceof HttpError) {
      sendError(res, error.code, error.message, error.issues);
      return;
    }
    if (isMalformedPathEscape(error)) {
      // The router decodes path parameters while matching, before any guard runs: the caller's mistake, not ours.
      res.locals.log.warn({ path: req.path }, 'rejected a path with a malformed percent-escape');
      sendError(res, 'invalid_request', 'The path holds a malformed percent-escape.');
      return;
    }
    switch (toBodyParserErrorType(error)) {
      case 'entity.too.large':
        sendError(res, 'payload_too_large', 'The request body is larger than 1 MB.');
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
        sendError(res, 'unsupported_media_type', 'Send the body as UTF-8 JSON.');
        return;
      case 'request.aborted':
      case 'request.size.invalid':
        sendError(res, 'invalid_request', 'The request body was incomplete.');
        return;
      default:
        res.locals.log.error({ err: error }, 'request failed');
        sendError(res, 'internal', 'Something went wrong; the request id identifies it in the logs.');
    }
  };
}

/** The router's `decodeURIComponent` of a path parameter failed: a `URIError` it marks with status 400. */
function isMalformedPathEscape(error: unknown): boolean {
  return error instanceof URIError && (error as URIError & { status?: unknown }).status === 400;
}

function toBodyParserErrorType(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error)) return undefined;
  const { type } = error as BodyParserError;
  return typeof type === 'string' ? type : undefined;
}
