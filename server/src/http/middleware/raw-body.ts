import type { IncomingMessage } from 'node:http';

/**
 * The exact bytes of each request body, kept beside the parsed JSON because signatures are computed over the
 * raw bytes (re-serialised JSON would not match). A WeakMap lets them be collected with the request.
 */
const rawBodies = new WeakMap<IncomingMessage, Buffer>();

/** `verify` hook for `express.json`: runs after the body is read and before it is parsed. */
export function captureRawBody(req: IncomingMessage, _res: unknown, body: Buffer): void {
  rawBodies.set(req, body);
}

/** The raw body of a request, or an empty buffer when it had none (e.g. a GET from a card). */
export function readRawBody(req: IncomingMessage): Buffer {
  return rawBodies.get(req) ?? Buffer.alloc(0);
}
