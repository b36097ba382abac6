import { vi } from 'vitest';
import type { Mock, MockInstance } from 'vitest';
import type { CardRouteName } from '../contract/index.ts';
import { buildHealthHistoryView, buildPortfolioTrendsView, buildSignalOutcomesView } from './build-card-views.ts';

export const toJsonResponse = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A component's own `hubspot` object: each component folder has its own @hubspot/ui-extensions. */
type FetchOf<H> = H extends { fetch: infer F } ? F : never;
type AnyFetch = (url: never, options?: never) => Promise<Response>;

/**
 * The history the home page and the Onboarding card load beside their own view. These requests are answered by
 * route, apart from the ordered answers, so a test about the portfolio or the card keeps counting and reading only
 * its own requests; each answers its default view unless a test queues `historyAnswer`s for it.
 */
export type HistoryRouteName = Extract<CardRouteName, 'getPortfolioTrends' | 'getSignalOutcomes' | 'getHealthHistory'>;

const historyRoutes: { name: HistoryRouteName; path: RegExp; build: () => unknown }[] = [
  { name: 'getPortfolioTrends', path: /\/api\/portfolio\/trends$/, build: () => buildPortfolioTrendsView() },
  {
    name: 'getSignalOutcomes',
    path: /\/api\/portfolio\/signal-outcomes$/,
    build: () => buildSignalOutcomesView(),
  },
  {
    name: 'getHealthHistory',
    path: /\/api\/cards\/companies\/[^/]+\/health-history$/,
    build: () => buildHealthHistoryView(),
  },
];

interface HistoryAnswer {
  historyRoute: HistoryRouteName;
  answer: unknown;
}

/** One answer for a history route, in the order that route is called; give it among `stubHubspotFetch`'s answers. */
export const historyAnswer = (route: HistoryRouteName, answer: unknown): HistoryAnswer => ({
  historyRoute: route,
  answer,
});

const isHistoryAnswer = (value: unknown): value is HistoryAnswer =>
  typeof value === 'object' && value !== null && 'historyRoute' in value && 'answer' in value;

const toResponse = (answer: unknown): Response => (answer instanceof Response ? answer : toJsonResponse(answer));

type FetchMock<H extends { fetch: AnyFetch }> = MockInstance<FetchOf<H>> & {
  /** The history requests, in order (answered by route, never from the ordered answers). */
  history: Mock<(url: string, options?: unknown) => void>;
};

/**
 * Answers hubspot.fetch calls in order with the given bodies (a Response is sent as is, an Error is thrown as an
 * unreachable service's); the returned mock records
 * them. History requests are answered by route (see `historyAnswer`) and recorded apart, in `.history`.
 * Test-only helpers (kept out of uploads by .hsignore): they import only vitest and the dependency-free packages,
 * never a component's dependencies.
 */
export function stubHubspotFetch<H extends { fetch: AnyFetch }>(hubspot: H, ...answers: unknown[]): FetchMock<H> {
  const target = hubspot as unknown as { fetch: (url: string, options?: unknown) => Promise<Response> };
  const original = target.fetch.bind(target);
  const own = vi.fn((url: string, options?: unknown) => original(url, options));
  const queued = new Map<HistoryRouteName, unknown[]>();
  for (const answer of answers) {
    if (isHistoryAnswer(answer))
      queued.set(answer.historyRoute, [...(queued.get(answer.historyRoute) ?? []), answer.answer]);
    else if (answer instanceof Error) own.mockRejectedValueOnce(answer);
    else own.mockResolvedValueOnce(toResponse(answer));
  }
  const history = vi.fn<(url: string, options?: unknown) => void>();
  vi.spyOn(target, 'fetch').mockImplementation((url: string, options?: unknown) => {
    const route = historyRoutes.find(({ path }) => path.test(new URL(url, 'https://host.invalid').pathname));
    if (route === undefined) return own(url, options);
    history(url, options);
    const next = queued.get(route.name)?.shift();
    if (next instanceof Error) return Promise.reject(next);
    return Promise.resolve(toResponse(next === undefined ? route.build() : next));
  });
  return Object.assign(own as unknown as MockInstance<FetchOf<H>>, { history });
}

/** The request a card sent through hubspot.fetch: URL, method and JSON body. */
export function readFetchCall(spy: { mock: { calls: readonly (readonly unknown[])[] } }, index: number) {
  const call = spy.mock.calls[index];
  if (call === undefined)
    throw new Error(`hubspot.fetch was called ${spy.mock.calls.length} time(s), not ${index + 1}`);
  const [url, options] = call as [unknown, { method?: string; body?: unknown } | undefined];
  return { url: String(url), method: options?.method, body: options?.body };
}
