import type { Onboarding } from '@liftoff/shared/domain/index';
import { createLogger } from '../../../server/src/logger.ts';
import type { Store } from '../../../server/src/onboarding/ports/index.ts';
import { buildOnboardingRecord, createTestStore, PORTAL } from '../../support/create-test-store.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { signRequest } from '../../support/sign-request.ts';
import { CLIENT_SECRET, PUBLIC_BASE_URL, startTestApp } from '../../support/start-test-app.ts';

export { CLIENT_SECRET, PUBLIC_BASE_URL };
export const USER = '77';

export interface CallOptions {
  body?: unknown;
  /** The portal in the signed query string; null leaves it out. */
  portalId?: string | null;
  /** The HubSpot user in the signed query string (USER by default); null leaves it out. */
  userId?: string | null;
  sign?: 'valid' | 'none' | 'other-secret' | 'tampered-body' | 'tampered-portal';
  timestamp?: number;
}

export interface CallResult {
  status: number;
  body: unknown;
  /** Wall time of the round trip on loopback, in ms (reported, never asserted). */
  ms: number;
}

export interface CardsTestApp {
  store: Store;
  clock: FixedClock;
  /** The loopback origin, for calls the signed `call` does not make (e.g. the usage API). */
  url: string;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  seed(onboarding: Omit<Onboarding, 'activity'>, portalId?: string): Promise<void>;
  /** The log lines the app wrote (level ≥ info), parsed; for tests that check what is logged at which level. */
  logs: { level: number; msg: string }[];
  stop(): Promise<void>;
}

/**
 * The real app (every route, the card API among them), on the real SQLite store, listening on 127.0.0.1 port 0. The
 * store is in memory, or the database file at `path` (opening it runs the pending migrations).
 */
export async function startCardsTestApp(options: { path?: string } = {}): Promise<CardsTestApp> {
  const { store, clock } = await createTestStore(options);
  const logs: { level: number; msg: string }[] = [];
  const destination = { write: (line: string) => void logs.push(JSON.parse(line) as { level: number; msg: string }) };
  const logger = createLogger({ level: 'info', destination });
  const server = await startTestApp({ store, clock, eventIdPrefix: 'card-test', logger });

  return {
    store,
    clock,
    logs,
    url: server.url,
    seed: (onboarding, portalId = PORTAL) => store.onboardings.save(buildOnboardingRecord({ portalId, onboarding })),
    call: async (method, path, options = {}) => {
      const portalId = options.portalId === undefined ? PORTAL : options.portalId;
      const userId = options.userId === undefined ? USER : options.userId;
      const parameters = [
        ...(userId === null ? [] : [`userId=${userId}`]),
        ...(portalId === null ? [] : [`portalId=${portalId}`]),
      ];
      // A path may carry its own query (`/api/portfolio?risk=high`): the signed parameters follow it.
      const query = `${path.includes('?') ? '&' : '?'}${parameters.join('&')}`;
      const body = options.body === undefined ? undefined : JSON.stringify(options.body);
      const sign = options.sign ?? 'valid';
      const headers = signRequest({
        method,
        url: `${PUBLIC_BASE_URL}${path}${query}`,
        body: body ?? '',
        clientSecret: sign === 'other-secret' ? 'someone-elses-secret' : CLIENT_SECRET,
        timestamp: options.timestamp ?? clock.now(),
      });
      const sentQuery = sign === 'tampered-portal' ? query.replace(/portalId=\d+/, 'portalId=999') : query;
      const sentBody = sign === 'tampered-body' && body !== undefined ? body.replace(/\d/, '9') : body;
      const started = performance.now();
      const response = await fetch(`${server.url}${path}${sentQuery}`, {
        method,
        headers: {
          ...(sentBody === undefined ? {} : { 'content-type': 'application/json' }),
          ...(sign === 'none' ? {} : headers),
        },
        ...(sentBody === undefined ? {} : { body: sentBody }),
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text === '' ? null : (JSON.parse(text) as unknown),
        ms: performance.now() - started,
      };
    },
    stop: async () => {
      await server.stop(1_000);
      await store.close();
    },
  };
}

/** A workflow action request as HubSpot POSTs it, v3-signed, for a company of `portalId`. */
export async function postWorkflowAction(
  app: Pick<CardsTestApp, 'clock' | 'url'>,
  action: string,
  portalId: string,
  inputFields: Record<string, unknown> = {},
): Promise<{ status: number; body: unknown }> {
  const path = `/hubspot/actions/${action}`;
  const body = JSON.stringify({
    callbackId: `ap-${portalId}-1`,
    origin: { portalId: Number(portalId), actionDefinitionId: 1, actionDefinitionVersion: 1 },
    object: { objectId: 101, objectType: 'COMPANY' },
    inputFields,
  });
  const headers = signRequest({
    method: 'POST',
    url: PUBLIC_BASE_URL + path,
    body,
    clientSecret: CLIENT_SECRET,
    timestamp: app.clock.now(),
  });
  const response = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as unknown };
}
