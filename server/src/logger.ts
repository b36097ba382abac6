import { pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger } from 'pino';

/**
 * Paths pino censors before a line is written. Secrets must never reach logs: HubSpot tokens and client
 * secrets, usage API keys, and request signatures (a logged signature plus body would allow a replay
 * inside the 5-minute window).
 */
const REDACTED_PATHS = [
  'authorization',
  'accessToken',
  'clientSecret',
  'apiKey',
  'token',
  'password',
  '*.authorization',
  '*.accessToken',
  '*.clientSecret',
  '*.apiKey',
  '*.token',
  '*.password',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["x-api-key"]',
  '*.headers["x-hubspot-signature"]',
  '*.headers["x-hubspot-signature-v3"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-api-key"]',
  'headers["x-hubspot-signature"]',
  'headers["x-hubspot-signature-v3"]',
  '*.hubspot.accessToken',
  '*.hubspot.clientSecret',
];

/** Creates the JSON logger; `destination` lets tests capture lines instead of writing to stdout. */
export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'liftoff' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    options.destination,
  );
}
