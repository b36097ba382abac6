import { vi } from 'vitest';
import { hubspot } from '@hubspot/ui-extensions';

export const toJsonResponse = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Answers hubspot.fetch calls in order with the given bodies (a Response is sent as is); the spy records them. */
export function stubHubspotFetch(...answers: unknown[]) {
  const spy = vi.spyOn(hubspot, 'fetch');
  for (const answer of answers) {
    spy.mockResolvedValueOnce(answer instanceof Response ? answer : toJsonResponse(answer));
  }
  return spy;
}

/** The request a card sent through hubspot.fetch: URL, method and JSON body. */
export function readFetchCall(spy: ReturnType<typeof stubHubspotFetch>, index: number) {
  const call = spy.mock.calls[index];
  if (call === undefined)
    throw new Error(`hubspot.fetch was called ${spy.mock.calls.length} time(s), not ${index + 1}`);
  const [url, options] = call;
  return { url: String(url), method: options?.method, body: options?.body };
}
