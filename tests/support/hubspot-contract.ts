import nock from 'nock';
import type { ReplyFnContext } from 'nock';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import type { InterceptedRequest } from './openapi-check.ts';
import { checkHubSpotExchange } from './openapi-check.ts';
import type { OpenApiDocuments } from './openapi-documents.ts';
import {
  describeSkippedContractChecks,
  isOpenApiRequired,
  loadOpenApiDocuments,
  resolveOpenApiDir,
} from './openapi-documents.ts';

/**
 * The only way tests mock HubSpot. Every intercepted request and every canned response is
 * checked against HubSpot's published OpenAPI documents; a drift fails the test in afterEach.
 * There is no way to reply without the check except `replyUnchecked`, which demands a reason
 * (and still checks the request).
 */
export const HUBSPOT_BASE_URL = 'https://api.hubapi.com';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type ReplyHeaders = Readonly<Record<string, string>>;
export type ReplyFunction = (
  body: unknown,
  uri: string,
) => readonly [status: number, body?: unknown, headers?: ReplyHeaders];

export interface UncheckedReplyOptions {
  /** Why this response cannot be checked, e.g. 'rate-limit bodies are not in the OpenAPI documents'. */
  readonly reason: string;
  readonly headers?: ReplyHeaders;
}

export interface HubSpotMock {
  times(count: number): HubSpotMock;
  /** Either a status with body and headers, or a function computing them from the request body (one signature, not overloads, so an inline function's tuple is typed). */
  reply(statusOrRespond: number | ReplyFunction, body?: unknown, headers?: ReplyHeaders): void;
  replyUnchecked(status: number, body: unknown, options: UncheckedReplyOptions): void;
}

export interface HubSpotContract {
  /** `path` is the path without query string (every query is accepted, then checked against the documents). */
  on(method: HttpMethod, path: string | RegExp, bodyMatches?: (body: unknown) => boolean): HubSpotMock;
  /** Every request intercepted so far in this test, in order. */
  requests(): readonly InterceptedRequest[];
}

export interface HubSpotContractOptions {
  /** Defaults to HUBSPOT_OPENAPI_DIR or ../shared/hubspot-openapi beside the repo. */
  readonly openApiDir?: string;
  /** Whether absent documents fail the tests instead of skipping them; defaults to LIFTOFF_REQUIRE_OPENAPI. */
  readonly requireDocuments?: boolean;
}

interface TestState {
  readonly scope: nock.Scope;
  readonly violations: string[];
  readonly requests: InterceptedRequest[];
  readonly unmatched: string[];
  intercepted: number;
  checked: number;
}

export function useHubSpotContract(options: HubSpotContractOptions = {}): HubSpotContract {
  const dir = options.openApiDir ?? resolveOpenApiDir();
  let loaded: OpenApiDocuments | undefined;
  let state: TestState | undefined;
  const onNoMatch = (request: { method?: string; path?: string; href?: string }): void => {
    state?.unmatched.push(`${request.method ?? '?'} ${request.path ?? request.href ?? '?'}`);
  };

  beforeAll(async () => {
    // Rejects (failing every test of the file) where LIFTOFF_REQUIRE_OPENAPI or requireDocuments demands them.
    loaded = await loadOpenApiDocuments(dir, { required: options.requireDocuments ?? isOpenApiRequired() });
  });

  beforeEach((context) => {
    if (loaded?.status !== 'loaded') {
      console.warn(describeSkippedContractChecks(dir));
      context.skip(`HubSpot OpenAPI documents absent at ${dir}`);
      return;
    }
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    nock.emitter.on('no match', onNoMatch);
    state = { scope: nock(HUBSPOT_BASE_URL), violations: [], requests: [], unmatched: [], intercepted: 0, checked: 0 };
  });

  afterEach(() => {
    const finished = state;
    state = undefined;
    if (!finished) return;
    nock.emitter.removeListener('no match', onNoMatch);
    const pending = finished.scope.pendingMocks();
    nock.cleanAll();
    nock.enableNetConnect();
    const failures = [
      ...finished.violations.map((violation) => `contract violation: ${violation}`),
      ...finished.unmatched.map((request) => `request matched no mock: ${request}`),
      ...pending.map((mock) => `mock never called: ${mock}`),
      ...(finished.intercepted === finished.checked
        ? []
        : [`${finished.intercepted} requests intercepted but only ${finished.checked} checked`]),
    ];
    if (failures.length > 0) throw new Error(`HubSpot contract failed:\n- ${failures.join('\n- ')}`);
  });

  const requireState = (): TestState => {
    if (!state) throw new Error('useHubSpotContract(): mocks can only be declared inside a running test');
    return state;
  };

  const documentsOf = (): Extract<OpenApiDocuments, { status: 'loaded' }> => {
    if (loaded?.status !== 'loaded') throw new Error(`HubSpot OpenAPI documents absent at ${dir}`);
    return loaded;
  };

  const interceptAndCheck = (
    context: ReplyFnContext,
    uri: string,
    rawBody: unknown,
    respond: (body: unknown) => readonly [number, unknown?, ReplyHeaders?],
    checkResponse: boolean,
  ): [number, unknown, Record<string, string>] => {
    const current = requireState();
    current.intercepted += 1;
    const request = toInterceptedRequest(context.req.method, uri, rawBody);
    current.requests.push(request);
    const [status, body, headers] = respond(request.body);
    try {
      const response = checkResponse ? { status, body } : null;
      current.violations.push(...checkHubSpotExchange(documentsOf().documents, request, response));
    } catch (error) {
      current.violations.push(`${request.method} ${request.path}: the check itself failed: ${String(error)}`);
    }
    current.checked += 1;
    return [status, body === undefined ? '' : body, { 'content-type': 'application/json', ...headers }];
  };

  return {
    on(method, path, bodyMatches) {
      let count = 1;
      const intercept = (): nock.Interceptor =>
        requireState()
          .scope.intercept(path, method, bodyMatches ? (body: unknown) => bodyMatches(body) : undefined)
          .query(true)
          .times(count);
      const mock: HubSpotMock = {
        times(n) {
          count = n;
          return mock;
        },
        reply(statusOrRespond, body, headers) {
          const respond: ReplyFunction =
            typeof statusOrRespond === 'function' ? statusOrRespond : () => [statusOrRespond, body, headers];
          intercept().reply(function (this: ReplyFnContext, uri, rawBody) {
            return interceptAndCheck(this, uri, rawBody, (parsed) => respond(parsed, uri), true);
          });
        },
        replyUnchecked(status, body, uncheckedOptions) {
          if (typeof uncheckedOptions?.reason !== 'string' || uncheckedOptions.reason.trim() === '') {
            throw new Error('replyUnchecked() needs a reason saying why this response cannot be checked');
          }
          intercept().reply(function (this: ReplyFnContext, uri, rawBody) {
            return interceptAndCheck(this, uri, rawBody, () => [status, body, uncheckedOptions.headers], false);
          });
        },
      };
      return mock;
    },
    requests() {
      return [...requireState().requests];
    },
  };
}

function toInterceptedRequest(method: string | undefined, uri: string, rawBody: unknown): InterceptedRequest {
  const url = new URL(uri, HUBSPOT_BASE_URL);
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    query[name] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return {
    method: (method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query,
    body: rawBody === '' ? undefined : rawBody,
  };
}
