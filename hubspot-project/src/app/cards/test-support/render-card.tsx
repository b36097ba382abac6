import type { ReactElement } from 'react';
import { expect, vi } from 'vitest';
import { hubspot, LoadingSpinner } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { readFetchCall, stubHubspotFetch } from '../../packages/test-support/stub-hubspot-fetch.ts';

type CardLocation = Parameters<typeof createRenderer>[0];
type Mocks<L extends CardLocation> = ReturnType<typeof createRenderer<L>>['mocks'];

/** Draws one card from the renderer's mocked context and the actions it is handed. */
export type DrawCard<L extends CardLocation> = (
  context: Mocks<L>['context'],
  actions: Mocks<L>['actions'],
) => ReactElement;

/** Renders a card whose fetches answer `answers` in order, and waits until its first answer is on screen. */
export async function renderLoadedCard<L extends CardLocation>(
  location: L,
  draw: DrawCard<L>,
  answers: readonly unknown[],
) {
  const spy = stubHubspotFetch(hubspot, ...answers);
  const renderer = createRenderer(location);
  const actions = { ...renderer.mocks.actions, refreshObjectProperties: vi.fn() };
  renderer.render(draw(renderer.mocks.context, actions));
  await renderer.waitFor(() => expect(renderer.maybeFind(LoadingSpinner)).toBeNull());
  return { ...renderer, spy, actions };
}

/** Until its first GET answers, a card shows a spinner saying what it loads. */
export async function expectSpinnerWhilePending<L extends CardLocation>(
  location: L,
  draw: DrawCard<L>,
  expected: { loading: string; url: string },
): Promise<void> {
  const spy = vi.spyOn(hubspot, 'fetch').mockReturnValue(new Promise(() => undefined));
  const { find, render, mocks } = createRenderer(location);
  render(draw(mocks.context, mocks.actions));
  expect(find(LoadingSpinner).props.label).toBe(expected.loading);
  await vi.waitFor(() => expect(spy).toHaveBeenCalledOnce());
  expect(readFetchCall(spy, 0)).toEqual({ url: expected.url, method: 'GET', body: undefined });
}
