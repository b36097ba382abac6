import type { RequestHandler } from 'express';
import { sendError } from '../http-error.ts';
import './request-locals.ts';

/**
 * For routes that take a JSON body: 415 unless the request is `application/json`, 400 when the JSON did not
 * parse. Mounted after authentication so an unauthenticated caller learns nothing about body handling.
 */
export function requireJsonBody(): RequestHandler {
  return (req, res, next) => {
    if (!req.is('application/json')) {
      sendError(res, 'unsupported_media_type', 'Send the body as application/json.');
      return;
    }
    if (res.locals.malformedBody) {
      sendError(res, 'invalid_request', 'The request body is not valid JSON.');
      return;
    }
    next();
  };
}
