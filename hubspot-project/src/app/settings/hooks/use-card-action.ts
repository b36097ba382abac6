import { useCallback, useState } from 'react';
import type { CardApiResult, CardFailure } from '../api/call-card-api.ts';

export type ActionOutcome =
  { kind: 'idle' } | { kind: 'succeeded'; message: string } | { kind: 'failed'; failure: CardFailure };

/**
 * Runs one card action at a time: while it is pending the buttons are disabled; when it succeeds the
 * fresh view goes to `onResult` and a confirmation is shown, when it fails the service's message is shown.
 */
export function useCardAction<T>(onResult: (data: T) => void): {
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
}
