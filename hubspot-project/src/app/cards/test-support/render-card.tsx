import type { ReactElement } from 'react';
import { expect, vi } from 'vitest';
import { LoadingSpinner, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { Renderer } from '@hubspot/ui-extensions/testing';
import { readFetchCall, stubHubspotFetch } from './stub-hubspot-fetch.ts';

type CardLocation = Parameters<typeof createRenderer>[0];
type CardContext<L extends CardLocation> = Renderer<L>['mocks']['context'];

/**
 * What every card shows before its first answer: a spinner labelled `loading`, while it reads `url` with a GET.
 * The card is rendered on a hubspot.fetch that never answers, so the loading state stays on screen.
 */
export async function expectSpinnerWhilePending<L extends CardLocation>(
  location: L,
  renderCard: (context: CardContext<L>) => ReactElement,
  pending: { loading: string; url: string },
) {
  const spy = vi.spyOn(hubspot, 'fetch').mockReturnValue(new Promise(() => undefined));
  const { find, render, mocks } = createRenderer(location);
  render(renderCard(mocks.context));
  expect(find(LoadingSpinner).props.label).toBe(pending.loading);
  await vi.waitFor(() => expect(spy).toHaveBeenCalledOnce());
  expect(readFetchCall(spy, 0)).toEqual({ url: pending.url, method: 'GET', body: undefined });
}

/** Renders a card at `location` whose fetches get `answers` in order, and waits until the first one is on screen. */
export async function renderLoadedCard<L extends CardLocation>(
  location: L,
  renderCard: (context: CardContext<L>) => ReactElement,
  answers: readonly unknown[],
) {
  const spy = stubHubspotFetch(...answers);
  const renderer = createRenderer(location);
  renderer.render(renderCard(renderer.mocks.context));
  await renderer.waitFor(() => expect(renderer.maybeFind(LoadingSpinner)).toBeNull());
  return { ...renderer, spy };
}
