import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { Client } from '@hubspot/api-client';
import { z } from 'zod';
import { applyConfiguredMiddleware } from './apply-configured-middleware.ts';
import { createRequestQueue } from './create-request-queue.ts';
import type { RequestQueue } from './create-request-queue.ts';
import { DEFAULT_RETRY_POLICY, decideRetry, toDailyResetMs } from './decide-retry.ts';
import type { RetryPolicy } from './decide-retry.ts';
import { HubSpotError } from './hubspot-error.ts';
import { parseRateLimitHeaders } from './parse-rate-limit-headers.ts';
import type { RateLimitSnapshot } from './parse-rate-limit-headers.ts';
import { DEFAULT_REQUEST_BUDGET, decidePacingDelay } from './request-budget.ts';
import type { RequestBudget } from './request-budget.ts';

/**
 * 'burst' spends the rolling 10-second budget; 'search' spends the separate search budget; 'exempt'
 * spends neither and is bounded only by its concurrency. HubSpot's OpenAPI documents mark every
 * /search and these v4 association batch operations with `x-hubspot-rate-limit-exemptions:
 * ["ten-secondly"]` (crm-associations-v4.json): POST /crm/v4/associations/{from}/{to}/batch/read,
 * /batch/create, /batch/archive, /batch/associate/default and /batch/labels/archive. So searches go
 * through 'search' and those association calls through 'exempt' (tests/contract/portal-client-lanes
 * checks every 'exempt' call against the documents).
 */
export type RequestLane = 'burst' | 'search' | 'exempt';

export interface PortalClientStats {
  /** HTTP requests sent, retries included. */
  calls: number;
  /** 429 answers received. */
  rateLimited: number;
  retries: number;
  /** HTTP requests per call label ('unlabelled' for SDK calls made outside `call`). */
  byLabel: Record<string, number>;
  /** HTTP requests per lane (SDK calls made outside `call` count under 'burst': they spend its budget). */
  byLane: Record<RequestLane, number>;
}

export interface PortalClient {
  readonly portalId: string;
  readonly sdk: Client;
  /** Runs `fn` (one HTTP request) in the lane's queue, retrying per decideRetry; throws only HubSpotError. */
  call<T>(lane: RequestLane, label: string, fn: (sdk: Client) => Promise<T>): Promise<T>;
  stats(): PortalClientStats;
}

export interface PortalClientOptions {
  portalId: string;
  /** The app's static access token (docs/HUBSPOT.md §8); never logged. */
  accessToken: string;
  /** Another origin for the API, e.g. the benchmark's simulated HubSpot. */
  basePath?: string;
  budget?: Partial<RequestBudget>;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

interface CallContext {
  lane: RequestLane;
  label: string;
}

const UNLABELLED = 'unlabelled';

const responseContextSchema = z.object({
  httpStatusCode: z.number(),
  headers: z.record(z.string(), z.string()),
});

/**
 * One SDK client per portal. Its own retries and Bottleneck limiter stay off: they are a
 * process-wide singleton (every `new Client()` replaces them for all clients) and ignore
 * Retry-After. `numberOfApiCallRetries: 0` adds no retry decorator (1 would mean one attempt
 * through the decorator); leaving out `limiterOptions` adds no limiter. Every request is counted
 * and its rate-limit headers read by the client's middleware, which SDK 13.x runs only on calls
 * given call-time options: `applyConfiguredMiddleware` gives them to every call, `call`'s and others.
 */
export function createPortalClient(options: PortalClientOptions): PortalClient {
  const budget: RequestBudget = { ...DEFAULT_REQUEST_BUDGET, ...options.budget };
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    burstWindowMs: budget.burstWindowMs,
    secondlyWindowMs: budget.searchWindowMs,
    ...options.retry,
  };
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const random = options.random ?? Math.random;
  const callContext = new AsyncLocalStorage<CallContext>();
  const stats: PortalClientStats = {
    calls: 0,
    rateLimited: 0,
    retries: 0,
    byLabel: {},
    byLane: { burst: 0, search: 0, exempt: 0 },
  };
  let burstSnapshot: RateLimitSnapshot | null = null;
  let haltedUntilMs = 0;

  function countRequest(): void {
    const context = callContext.getStore();
    const label = context?.label ?? UNLABELLED;
    stats.calls += 1;
    stats.byLabel[label] = (stats.byLabel[label] ?? 0) + 1;
    stats.byLane[context?.lane ?? 'burst'] += 1;
  }

  function observeResponse(context: unknown): void {
    const response = responseContextSchema.safeParse(context);
    if (!response.success) return;
    if (response.data.httpStatusCode === 429) stats.rateLimited += 1;
    const nowMs = now();
    const snapshot = parseRateLimitHeaders(response.data.headers, nowMs);
    if (snapshot === null) return;
    // Only burst answers speak for the burst budget: search and exempt calls do not spend it.
    if ((callContext.getStore()?.lane ?? 'burst') === 'burst') burstSnapshot = snapshot;
    // The daily cap is shared by every private app of the account: at zero, stop before HubSpot says 429.
    if (snapshot.dailyRemaining === 0) {
      haltedUntilMs = Math.max(haltedUntilMs, toDailyResetMs(nowMs, policy.dailyResetUtcOffsetMinutes));
    }
  }

  const sdk = applyConfiguredMiddleware(
    new Client({
      accessToken: options.accessToken,
      numberOfApiCallRetries: 0,
      ...(options.basePath === undefined ? {} : { basePath: options.basePath }),
      middleware: [
        {
          pre: (context) => {
            countRequest();
            return context;
          },
          post: (context) => {
            observeResponse(context);
            return context;
          },
        },
      ],
    }),
  );

  const queues: Record<RequestLane, RequestQueue> = {
    burst: createRequestQueue({
      limit: Math.max(1, budget.burstLimit - budget.burstHeadroom),
      windowMs: budget.burstWindowMs,
      concurrency: budget.burstConcurrency,
      now,
      sleep,
      decideExtraDelay: (nowMs, lastStartMs) =>
        decidePacingDelay(burstSnapshot, nowMs, lastStartMs, budget.lowRemaining),
    }),
    search: createRequestQueue({
      limit: budget.searchLimit,
      windowMs: budget.searchWindowMs,
      concurrency: budget.searchConcurrency,
      now,
      sleep,
    }),
    // A zero window forgets each call at its answer: only the concurrency bounds this lane.
    exempt: createRequestQueue({
      limit: budget.exemptConcurrency,
      windowMs: 0,
      concurrency: budget.exemptConcurrency,
      now,
      sleep,
    }),
  };

  function assertNotHalted(): void {
    if (now() < haltedUntilMs) {
      throw new HubSpotError({
        kind: 'daily_limit',
        message: `HubSpot's daily API limit is spent for portal ${options.portalId}; calls resume at ${new Date(haltedUntilMs).toISOString()}`,
        retryAtMs: haltedUntilMs,
      });
    }
  }

  async function call<T>(lane: RequestLane, label: string, fn: (client: Client) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        assertNotHalted();
        return await queues[lane].run(() => {
          assertNotHalted();
          return callContext.run({ lane, label }, () => fn(sdk));
        });
      } catch (error) {
        const decision = decideRetry(error, attempt, { nowMs: now(), random: random(), policy });
        if (decision.action === 'halt_until') haltedUntilMs = Math.max(haltedUntilMs, decision.untilMs);
        if (decision.action !== 'retry') throw decision.error;
        stats.retries += 1;
        if (decision.error.kind === 'rate_limited') queues[lane].pauseUntil(now() + decision.delayMs);
        await sleep(decision.delayMs);
      }
    }
  }

  return {
    portalId: options.portalId,
    sdk,
    call,
    stats: () => ({ ...stats, byLabel: { ...stats.byLabel }, byLane: { ...stats.byLane } }),
  };
}
