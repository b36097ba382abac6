import { expect } from 'vitest';
import { Alert, Button } from '@hubspot/ui-extensions';
import { OnboardingCard } from '../OnboardingCard.tsx';
import { readText } from '../../packages/test-support/read-text.ts';
import { renderLoadedCard } from './render-card.tsx';

/**
 * The Onboarding card on company 123, its fetches answering `answers` in order, once its first answer is on screen;
 * with the two steps every action test takes: click a button and wait for the action's outcome, then read it.
 */
export async function renderOnboardingCard(...answers: unknown[]) {
  const renderer = await renderLoadedCard(
    'crm.record.tab',
    (context, actions) => <OnboardingCard context={context} actions={actions} />,
    answers,
  );
  return {
    ...renderer,
    /** Clicks a button and waits for the action's confirmation or refusal. */
    async clickAndSettle(testId: string) {
      renderer.findByTestId(Button, testId).trigger('onClick');
      await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'action-outcome')).not.toBeNull());
    },
    readOutcome: () => readText(renderer.findByTestId(Alert, 'action-outcome')),
  };
}
