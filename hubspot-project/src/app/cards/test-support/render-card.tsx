import type { ReactElement } from 'react';
import { expect, vi } from 'vitest';
import { LoadingSpinner, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { Renderer } from '@hubspot/ui-extensions/testing';
import { stubHubspotFetch } from './stub-hubspot-fetch.ts';

type CardLocation = Parameters<typeof createRenderer>[0];
type CardContext<L extends CardLocation> = Renderer<L>['mocks']['context'];

/** Renders a card at `location` whose first hubspot.fetch never answers, to look at its loading state. */
export function renderPendingCard<L extends CardLocation>(
  location: L,
  renderCard: (context: CardContext<L>) => ReactElement,
) {
  const spy = vi.spyOn(hubspot, 'fetch').mockReturnValue(new Promise(() => undefined));
  const renderer = createRenderer(location);
  renderer.render(renderCard(renderer.mocks.context));
  return { ...renderer, spy };
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
