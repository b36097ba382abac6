import { Flex, Heading, Input, Text } from '@hubspot/ui-extensions';
import type { TemplateSettingsView, UsagePropertyMappingView } from '../packages/contract/index.ts';

type CountInput = 'lastLoginAt' | 'logins7d' | 'activeUsers7d';

/** The Liftoff inputs a company property can feed, with the kind of HubSpot property each expects. */
const mappedInputs: { input: CountInput; label: string; description: string }[] = [
  { input: 'lastLoginAt', label: 'Last login', description: 'A date or datetime company property.' },
  { input: 'logins7d', label: 'Logins in the last 7 days', description: 'A number company property.' },
  {
    input: 'activeUsers7d',
    label: 'Active users in the last 7 days',
    description: 'A number company property: distinct users who logged in.',
  },
];

/** Every key feature a template counts, and any feature already mapped, each once, in a stable order. */
export const toMappableFeatures = (
  templates: readonly TemplateSettingsView[],
  mapping: UsagePropertyMappingView,
): string[] => [
  ...new Set([
    ...templates.flatMap((template) => template.keyFeatures),
    ...Object.keys(mapping.featureLastUsedAt ?? {}),
  ]),
];

/**
 * The mapping as the service stores it: property names trimmed, an input left blank is not read (left out), and
 * only features still counted by a template or already mapped are sent.
 */
export const toUsagePropertyMappingBody = (
  mapping: UsagePropertyMappingView,
  features: readonly string[],
): UsagePropertyMappingView => {
  const body: UsagePropertyMappingView = {};
  for (const { input } of mappedInputs) {
    const name = mapping[input]?.trim() ?? '';
    if (name !== '') body[input] = name;
  }
  const featureEntries = features.flatMap((feature) => {
    const name = mapping.featureLastUsedAt?.[feature]?.trim() ?? '';
    return name === '' ? [] : [[feature, name] as const];
  });
  if (featureEntries.length > 0) body.featureLastUsedAt = Object.fromEntries(featureEntries);
  return body;
};

/**
 * For portals whose product does not call the usage API: which HubSpot company property (internal name) feeds each
 * Liftoff usage input and each key feature's last use. Liftoff reads them at every company refresh.
 */
export const UsagePropertyMappingFields = ({
  mapping,
  features,
  onChange,
}: {
  mapping: UsagePropertyMappingView;
  features: readonly string[];
  onChange: (mapping: UsagePropertyMappingView) => void;
}) => (
  <Flex direction="column" gap="xs">
    <Heading>Usage from company properties</Heading>
    <Text>
      Map the HubSpot company properties (internal names) your product already fills. Leave a field blank to not read
      it.
    </Text>
    {mappedInputs.map(({ input, label, description }) => (
      <Input
        key={input}
        name={`mapping-${input}`}
        label={label}
        description={description}
        value={mapping[input] ?? ''}
        onChange={(value) => onChange({ ...mapping, [input]: value })}
      />
    ))}
    {features.map((feature) => (
      <Input
        key={feature}
        name={`mapping-feature-${feature}`}
        label={`Last use of ${feature}`}
        description="A date or datetime company property."
        value={mapping.featureLastUsedAt?.[feature] ?? ''}
        onChange={(value) =>
          onChange({ ...mapping, featureLastUsedAt: { ...mapping.featureLastUsedAt, [feature]: value } })
        }
      />
    ))}
  </Flex>
);
