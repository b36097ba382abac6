import { useState } from 'react';
import { Alert, Button, Checkbox, Flex, Heading, Text } from '@hubspot/ui-extensions';
import type { UsageKeyView } from '../packages/contract/index.ts';

/** What identifies the active key: its last four characters, and how many keys still work during a switch-over. */
export const toUsageKeyText = (usageKey: UsageKeyView): string => {
  if (!usageKey.configured) return 'No key yet.';
  const active =
    usageKey.lastFour === null
      ? 'A key is active (created before Liftoff kept its last four characters)'
      : `Active key ending in ${usageKey.lastFour}`;
  return usageKey.validKeys > 1 ? `${active}; ${usageKey.validKeys} keys valid.` : `${active}.`;
};

/**
 * The usage API key: which one is active, and its rotation. The new key is shown once; by default the previous keys
 * stop working, unless the admin keeps them valid while the product switches over.
 */
export const UsageKeySection = ({
  usageKey,
  newKey,
  pending,
  onRotate,
}: {
  usageKey: UsageKeyView;
  newKey: string | null;
  pending: boolean;
  onRotate: (keepPrevious: boolean) => void;
}) => {
  const [keepPrevious, setKeepPrevious] = useState(false);
  return (
    <Flex direction="column" gap="xs">
      <Heading>Usage API key</Heading>
      <Text testId="usage-key">{toUsageKeyText(usageKey)}</Text>
      {newKey === null ? null : (
        <Alert testId="new-usage-key" title="Copy the new key now" variant="warning">
          {newKey}
        </Alert>
      )}
      {usageKey.configured ? (
        <Checkbox name="keep-previous" checked={keepPrevious} onChange={setKeepPrevious}>
          Keep the previous key valid until the next rotation (while the product switches over)
        </Checkbox>
      ) : null}
      <Button
        testId="rotate-usage-key"
        disabled={pending}
        onClick={() => onRotate(usageKey.configured && keepPrevious)}
      >
        {usageKey.configured ? 'Rotate the key' : 'Create a key'}
      </Button>
    </Flex>
  );
};
