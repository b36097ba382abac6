import { Alert } from '@hubspot/ui-extensions';
import type { ActionOutcome } from '../hooks/use-card-action.ts';

/** The result of the last action: a confirmation, or the service's reason for refusing it. */
export const ActionOutcomeAlert = ({ outcome }: { outcome: ActionOutcome }) => {
  if (outcome.kind === 'idle') return null;
  if (outcome.kind === 'succeeded')
    return (
      <Alert testId="action-outcome" title="Saved" variant="success">
        {outcome.message}
      </Alert>
    );
  return (
    <Alert testId="action-outcome" title="Not saved" variant="error">
      {outcome.failure.message}
    </Alert>
  );
};
