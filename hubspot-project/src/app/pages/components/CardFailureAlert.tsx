import { Alert, Button, Text } from '@hubspot/ui-extensions';
import type { CardFailure } from '../api/call-card-api.ts';

/** A failure is always shown, never a blank card; loads offer a retry. */
export const CardFailureAlert = ({
  title,
  failure,
  onRetry,
  testId = 'card-failure',
}: {
  title: string;
  failure: CardFailure;
  onRetry?: () => void;
  /** A section loading on its own beside the view names its failure apart from the view's. */
  testId?: string;
}) => (
  <Alert testId={testId} title={title} variant="error">
    <Text>{failure.message}</Text>
    {onRetry === undefined ? null : (
      <Button size="sm" onClick={onRetry}>
        Try again
      </Button>
    )}
  </Alert>
);
