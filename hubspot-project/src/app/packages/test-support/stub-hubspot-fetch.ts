import { vi } from 'vitest';
import type { MockInstance } from 'vitest';

export const toJsonResponse = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A component's own `hubspot` object: each component folder has its own @hubspot/ui-extensions. */
type FetchOf<H> = H extends { fetch: infer F } ? F : never;
type AnyFetch = (url: never, options?: never) => Promise<Response>;

/**
 * Answers hubspot.fetch calls in order with the given bodies (a Response is sent as is); the spy records them.
 * Test-only helpers (kept out of uploads by .hsignore): they import only vitest, never a component's dependencies.
 */
export function stubHubspotFetch<H extends { fetch: AnyFetch }>(hubspot: H, ...answers: unknown[]) {
  const spy = vi.spyOn(hubspot as { fetch: AnyFetch }, 'fetch');
  for (const answer of answers) {
    spy.mockResolvedValueOnce(answer instanceof Response ? answer : toJsonResponse(answer));
  }
  return spy as unknown as MockInstance<FetchOf<H>>;
}

/** The request a card sent through hubspot.fetch: URL, method and JSON body. */
export function readFetchCall(spy: { mock: { calls: readonly (readonly unknown[])[] } }, index: number) {
  const call = spy.mock.calls[index];
  if (call === undefined)
    throw new Error(`hubspot.fetch was called ${spy.mock.calls.length} time(s), not ${index + 1}`);
  const [url, options] = call as [unknown, { method?: string; body?: unknown } | undefined];
  return { url: String(url), method: options?.method, body: options?.body };
}
