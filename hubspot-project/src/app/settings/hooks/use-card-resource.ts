import { useCallback, useEffect, useState } from 'react';
import type { CardApiResult, CardFailure } from '../api/call-card-api.ts';

export type CardResource<T> =
  { status: 'loading' } | { status: 'failed'; failure: CardFailure } | { status: 'ready'; data: T };

/**
 * Loads a card's view once per key (the record id) and lets actions replace it with the fresh view
 * the service returns, so the card shows the new state without a second round trip.
 */
export function useCardResource<T>(
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
}
