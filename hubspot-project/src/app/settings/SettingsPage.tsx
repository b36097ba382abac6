import { useCallback, useState } from 'react';
import {
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
import type { ContractPortalMode, SettingsView } from '../packages/contract/index.ts';
import { fetchSettings, rotateUsageKey, saveSettings } from './api/settings-api.ts';
import { ActionOutcomeAlert } from './components/ActionOutcomeAlert.tsx';
import { CardFailureAlert } from './components/CardFailureAlert.tsx';
import { useCardAction } from './hooks/use-card-action.ts';
import { useCardResource } from './hooks/use-card-resource.ts';
import { UsageKeySection } from './UsageKeySection.tsx';
import {
  UsagePropertyMappingFields,
  toMappableFeatures,
  toUsagePropertyMappingBody,
} from './UsagePropertyMappingFields.tsx';

hubspot.extend<'settings'>(() => <SettingsPage />);

const toFeatureList = (value: string): string[] =>
  value
    .split(',')
    .map((feature) => feature.trim())
    .filter((feature) => feature !== '');

/**
 * The mode the setup command recorded; it follows the install choice (`hubspot:configure --records hubspot|store`):
 * without the custom-object scopes HubSpot refuses the schemas and setup records store-only. Only setup changes it.
 */
const toModeText = (mode: ContractPortalMode | null): string => {
  if (mode === 'custom_objects') {
    return 'Records live in HubSpot custom objects (installed with --records hubspot, Enterprise portal).';
  }
  if (mode === 'store_only') {
    return "Records live in Liftoff's store; only company and deal properties are written (installed with --records store, or no custom objects on this portal).";
  }
  return 'Not set up yet: run the setup command (npm run hubspot:setup).';
};

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
  const [mapping, setMapping] = useState(view.usagePropertyMapping);
  const [ownerProperty, setOwnerProperty] = useState(view.ownerProperty ?? '');
  const features = toMappableFeatures(templates, view.usagePropertyMapping);
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
      <UsagePropertyMappingFields mapping={mapping} features={features} onChange={setMapping} />
      <Heading>CSM owner</Heading>
      <Input
        name="owner-property"
        label="Owner property naming the CSM"
        description="Internal name of a company owner property; leave empty for the company owner (hubspot_owner_id), or name another when the company owner is the account executive."
        placeholder="hubspot_owner_id"
        value={ownerProperty}
        onChange={setOwnerProperty}
      />
      <Button
        testId="save-settings"
        variant="primary"
        disabled={pending}
        onClick={() =>
          onSave({
            ...view,
            thresholds,
            templates,
            usagePropertyMapping: toUsagePropertyMappingBody(mapping, features),
            ownerProperty: ownerProperty.trim() === '' ? null : ownerProperty.trim(),
          })
        }
      >
        Save settings
      </Button>
    </Flex>
  );
};

/**
 * App settings: the portal's mode, signal thresholds, templates' key features, the usage mapping, the owner property
 * naming the CSM and the usage API key.
 */
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
      <Text testId="portal-mode">{toModeText(view.mode)}</Text>
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
                usagePropertyMapping: edited.usagePropertyMapping,
                ownerProperty: edited.ownerProperty,
              }),
            'Settings saved.',
          )
        }
      />
      <UsageKeySection
        usageKey={view.usageKey}
        newKey={newKey}
        pending={pending}
        onRotate={(keepPrevious) =>
          void run(
            async () => {
              const result = await rotateUsageKey({ keepPrevious });
              if (!result.ok) return result;
              setNewKey(result.data.apiKey);
              return { ok: true, data: { ...view, usageKey: result.data.usageKey } };
            },
            keepPrevious
              ? 'New usage key created; the previous keys stay valid until the next rotation.'
              : 'New usage key created; the previous one no longer works.',
          )
        }
      />
    </Flex>
  );
};
