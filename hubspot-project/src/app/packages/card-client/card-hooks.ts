import type { useCallback, useEffect, useState } from 'react';
import type { CardApiResult, CardFailure } from './call-card-api.ts';

/**
 * React's hooks as the component folder's own React provides them. Code under packages/ resolves no package when
 * HubSpot builds one component folder alone, so the hooks' logic lives here and each folder binds it to its React
 * (the type import is erased at build time).
 */
export interface ReactHooks {
  useCallback: typeof useCallback;
  useEffect: typeof useEffect;
  useState: typeof useState;
}

export type CardResource<T> =
  { status: 'loading' } | { status: 'failed'; failure: CardFailure } | { status: 'ready'; data: T };

export type ActionOutcome =
  { kind: 'idle' } | { kind: 'succeeded'; message: string } | { kind: 'failed'; failure: CardFailure };

/**
 * Loads a card's view once per key (the record id) and lets actions replace it with the fresh view
 * the service returns, so the card shows the new state without a second round trip.
 */
export function createUseCardResource({ useCallback, useEffect, useState }: ReactHooks) {
  return function useCardResource<T>(
    key: string,
    load: () => Promise<CardApiResult<T>>,
  ): { resource: CardResource<T>; replace: (data: T) => void; reload: () => void } {
    const [resource, setResource] = useState<CardResource<T>>({ status: 'loading' });
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      let current = true;
      setResource({ status: 'loading' });
      void load().then((result) => {
        if (!current) return;
        setResource(result.ok ? { status: 'ready', data: result.data } : { status: 'failed', failure: result.failure });
      });
      return () => {
        current = false;
      };
      // `load` is rebuilt on each render; only the record key and the retry counter decide when to refetch.
    }, [key, attempt]);
    const replace = useCallback((data: T) => setResource({ status: 'ready', data }), []);
    const reload = useCallback(() => setAttempt((n) => n + 1), []);
    return { resource, replace, reload };
  };
}

/**
 * Runs one card action at a time: while it is pending the buttons are disabled; when it succeeds the
 * fresh view goes to `onResult` and a confirmation is shown, when it fails the service's message is shown.
 */
export function createUseCardAction({ useCallback, useState }: ReactHooks) {
  return function useCardAction<T>(onResult: (data: T) => void): {
    pending: boolean;
    outcome: ActionOutcome;
    run: (send: () => Promise<CardApiResult<T>>, successMessage: string) => Promise<boolean>;
  } {
    const [pending, setPending] = useState(false);
    const [outcome, setOutcome] = useState<ActionOutcome>({ kind: 'idle' });
    const run = useCallback(
      async (send: () => Promise<CardApiResult<T>>, successMessage: string) => {
        setPending(true);
        const result = await send();
        setPending(false);
        if (result.ok) {
          onResult(result.data);
          setOutcome({ kind: 'succeeded', message: successMessage });
          return true;
        }
        setOutcome({ kind: 'failed', failure: result.failure });
        return false;
      },
      [onResult],
    );
    return { pending, outcome, run };
  };
}
