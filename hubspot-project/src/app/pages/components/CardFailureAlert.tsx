import { Alert, Button, Text } from '@hubspot/ui-extensions';
import type { CardFailure } from '../api/call-card-api.ts';

/** A failure is always shown, never a blank card; loads offer a retry. */
export const CardFailureAlert = ({
  title,
  failure,
  onRetry,
}: {
  title: string;
  failure: CardFailure;
  onRetry?: () => void;
}) => (
  <Alert testId="card-failure" title={title} variant="error">
    <Text>{failure.message}</Text>
    {onRetry === undefined ? null : (
      <Button size="sm" onClick={onRetry}>
        Try again
      </Button>
    )}
  </Alert>
);
