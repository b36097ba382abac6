import { useCallback, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Flex,
  Heading,
  Input,
  LoadingSpinner,
  NumberInput,
  Text,
  Tile,
  hubspot,
} from '@hubspot/ui-extensions';
import type { SettingsView } from '../packages/contract/index.ts';
import { fetchSettings, rotateUsageKey, saveSettings } from '../cards/api/settings-api.ts';
import { ActionOutcomeAlert } from '../cards/components/ActionOutcomeAlert.tsx';
import { CardFailureAlert } from '../cards/components/CardFailureAlert.tsx';
import { useCardAction } from '../cards/hooks/use-card-action.ts';
import { useCardResource } from '../cards/hooks/use-card-resource.ts';

hubspot.extend<'settings'>(() => <SettingsPage />);

const toFeatureList = (value: string): string[] =>
  value
    .split(',')
    .map((feature) => feature.trim())
    .filter((feature) => feature !== '');

const SettingsForm = ({
  view,
  pending,
  onSave,
}: {
  view: SettingsView;
  pending: boolean;
  onSave: (view: SettingsView) => void;
}) => {
  const [thresholds, setThresholds] = useState(view.thresholds);
  const [templates, setTemplates] = useState(view.templates);
  return (
    <Flex direction="column" gap="sm">
      <Heading>Signal thresholds</Heading>
      {thresholds.map((threshold, index) => (
        <NumberInput
          key={threshold.key}
          name={`threshold-${threshold.key}`}
          label={threshold.label}
          description={`Default ${threshold.defaultValue} (${threshold.unit})`}
          min={0}
          value={threshold.value}
          onChange={(value) =>
            setThresholds((all) => all.map((other, i) => (i === index ? { ...other, value } : other)))
          }
        />
      ))}
      <Heading>Templates</Heading>
      {templates.map((template, index) => (
        <Tile key={template.id} compact>
          <Flex direction="column" gap="xs">
            <Text format={{ fontWeight: 'demibold' }}>{template.name}</Text>
            <Input
              name={`key-features-${template.id}`}
              label="Key features (comma-separated)"
              value={template.keyFeatures.join(', ')}
              onChange={(value) =>
                setTemplates((all) =>
                  all.map((other, i) => (i === index ? { ...other, keyFeatures: toFeatureList(value) } : other)),
                )
              }
            />
            <Checkbox
              name={`default-${template.id}`}
              checked={template.isDefault}
              onChange={(checked) =>
                setTemplates((all) =>
                  all.map((other, i) => ({
                    ...other,
                    isDefault: i === index ? checked : checked ? false : other.isDefault,
                  })),
                )
              }
            >
              Default template when no pipeline or segment matches
            </Checkbox>
          </Flex>
        </Tile>
      ))}
      <Button
        testId="save-settings"
        variant="primary"
        disabled={pending}
        onClick={() => onSave({ ...view, thresholds, templates })}
      >
        Save settings
      </Button>
    </Flex>
  );
};

/** App settings: signal thresholds, templates' key features, and the usage-ingestion API key. */
export const SettingsPage = () => {
  const { resource, replace, reload } = useCardResource('settings', fetchSettings);
  const [savedCount, setSavedCount] = useState(0);
  const [newKey, setNewKey] = useState<string | null>(null);
  const onSaved = useCallback(
    (view: SettingsView) => {
      replace(view);
      setSavedCount((count) => count + 1);
    },
    [replace],
  );
  const { pending, outcome, run } = useCardAction(onSaved);
  if (resource.status === 'loading') return <LoadingSpinner label="Loading the settings" />;
  if (resource.status === 'failed') {
    return <CardFailureAlert title="Could not load the settings" failure={resource.failure} onRetry={reload} />;
  }
  const view = resource.data;
  return (
    <Flex direction="column" gap="md">
      <ActionOutcomeAlert outcome={outcome} />
      <SettingsForm
        key={savedCount}
        view={view}
        pending={pending}
        onSave={(edited) =>
          void run(
            () =>
              saveSettings({
                thresholds: edited.thresholds.map(({ key, value }) => ({ key, value })),
                templates: edited.templates.map(({ id, keyFeatures, isDefault }) => ({ id, keyFeatures, isDefault })),
              }),
            'Settings saved.',
          )
        }
      />
      <Heading>Usage API key</Heading>
      <Text testId="usage-key">
        {view.usageKey.configured ? `Active key ending in ${view.usageKey.lastFour ?? '····'}` : 'No key yet.'}
      </Text>
      {newKey === null ? null : (
        <Alert testId="new-usage-key" title="Copy the new key now" variant="warning">
          {newKey}
        </Alert>
      )}
      <Button
        testId="rotate-usage-key"
        disabled={pending}
        onClick={() =>
          void run(async () => {
            const result = await rotateUsageKey();
            if (!result.ok) return result;
            setNewKey(result.data.apiKey);
            return { ok: true, data: { ...view, usageKey: result.data.usageKey } };
          }, 'New usage key created; the previous one no longer works.')
        }
      >
        {view.usageKey.configured ? 'Rotate the key' : 'Create a key'}
      </Button>
    </Flex>
  );
};
