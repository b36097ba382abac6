import type { StandardObjectType } from '../../server/src/hubspot/model/liftoff-schema.ts';
import { objectTypeIds } from '../../server/src/hubspot/model/liftoff-schema.ts';
import type {
  CurrentObjectSchema,
  CurrentOption,
  CurrentProperty,
  PortalState,
} from '../../server/src/hubspot/setup/plan-portal-setup.ts';
import { standardObjectTypes } from '../../server/src/hubspot/setup/plan-portal-setup.ts';
import type { HubSpotContract } from './hubspot-contract.ts';

/**
 * A HubSpot portal behind the contract-checked mock: reads answer from `state`, creations change it, so a
 * second setup run sees what the first one created. Every reply is validated against the OpenAPI documents.
 */
export interface MockPortal {
  state: PortalState;
  /** Custom object schema calls answer 403, as on a portal without Enterprise. */
  forbidSchemas: boolean;
}

const instant = '2026-03-02T09:00:00.000Z';

export function mockPortalReads(hubspot: HubSpotContract, portal: MockPortal, runs: number): void {
  for (const objectType of standardObjectTypes) {
    hubspot
      .on('GET', `/crm/v3/properties/${objectType}/groups`)
      .times(runs)
      .reply(() => [200, { results: portal.state.groups[objectType].map(toGroupJson) }]);
    hubspot
      .on('GET', `/crm/v3/properties/${objectType}`)
      .times(runs)
      .reply(() => [200, { results: portal.state.properties[objectType].map(toPropertyJson) }]);
  }
  hubspot
    .on('GET', '/crm/v4/associations/contacts/companies/labels')
    .times(runs)
    .reply(() => [200, { results: toLabelsJson(portal.state.associationLabels) }]);
  hubspot
    .on('GET', '/crm-object-schemas/v3/schemas')
    .times(runs)
    .reply(() =>
      portal.forbidSchemas || portal.state.objects === null
        ? [403, toErrorJson('This portal does not have access to custom objects')]
        : [200, { results: portal.state.objects.map(toObjectSchemaJson) }],
    );
}

export interface ExpectedWrites {
  groups: StandardObjectType[];
  propertyBatches: StandardObjectType[];
  schemas: number;
  labels: number;
}

/** The calls setup makes on a portal an earlier release set up. */
export interface ExpectedUpgrades {
  /** Custom object type ids that get one new property each. */
  objectProperties: string[];
  /** `<objectType>/<propertyName>` of each property whose options are updated. */
  propertyUpdates: string[];
  /** Custom object type ids whose schema is updated. */
  schemaUpdates: string[];
}

/** Names HubSpot's schema create body takes in `associatedObjects`, and the type ids it answers them with. */
const associatedObjectTypeIds: Readonly<Record<string, string>> = {
  COMPANY: objectTypeIds.companies,
  DEAL: objectTypeIds.deals,
  CONTACT: objectTypeIds.contacts,
};

export function mockPortalWrites(hubspot: HubSpotContract, portal: MockPortal, expected: ExpectedWrites): void {
  for (const objectType of expected.groups) {
    hubspot.on('POST', `/crm/v3/properties/${objectType}/groups`).reply((body) => {
      const group = body as { name: string; label: string };
      portal.state.groups[objectType].push(group.name);
      return [201, toGroupJson(group.name)];
    });
  }
  for (const objectType of expected.propertyBatches) {
    hubspot.on('POST', `/crm/v3/properties/${objectType}/batch/create`).reply((body) => {
      const created = (body as { inputs: PropertyInput[] }).inputs.map(toCurrentProperty);
      portal.state.properties[objectType].push(...created);
      const results = created.map(toPropertyJson);
      return [201, { status: 'COMPLETE', results, startedAt: instant, completedAt: instant }];
    });
  }
  if (expected.schemas > 0) {
    hubspot
      .on('POST', '/crm-object-schemas/v3/schemas')
      .times(expected.schemas)
      .reply((body) => {
        const egg = body as {
          name: string;
          primaryDisplayProperty?: string;
          properties: PropertyInput[];
          associatedObjects: string[];
        };
        const unknown = egg.associatedObjects.filter((name) => associatedObjectTypeIds[name] === undefined);
        if (unknown.length > 0) return [400, toErrorJson(`Unknown associated objects: ${unknown.join(', ')}`)];
        const objects = portal.state.objects ?? [];
        const created: CurrentObjectSchema = {
          name: egg.name,
          objectTypeId: `2-${1000 + objects.length}`,
          primaryDisplayProperty: egg.primaryDisplayProperty ?? null,
          properties: egg.properties.map((input) =>
            toCurrentProperty({ ...input, groupName: `${egg.name}_information` }),
          ),
          associatedObjectTypeIds: egg.associatedObjects.flatMap((name) => associatedObjectTypeIds[name] ?? []),
        };
        portal.state.objects = [...objects, created];
        return [201, toObjectSchemaJson(created)];
      });
  }
  if (expected.labels > 0) {
    hubspot
      .on('POST', '/crm/v4/associations/contacts/companies/labels')
      .times(expected.labels)
      .reply((body) => {
        portal.state.associationLabels.push((body as { label: string }).label);
        return [200, { results: toLabelsJson(portal.state.associationLabels).slice(-1) }];
      });
  }
}

/**
 * Each upgrade call changes the portal as HubSpot would: a new property joins the object, a property update
 * replaces the option list with the one sent, a schema update sets the primary display property.
 */
export function mockPortalUpgrades(hubspot: HubSpotContract, portal: MockPortal, expected: ExpectedUpgrades): void {
  const objectNamed = (objectTypeId: string): CurrentObjectSchema => {
    const found = (portal.state.objects ?? []).find((object) => object.objectTypeId === objectTypeId);
    if (!found) throw new Error(`the mock portal has no custom object ${objectTypeId}`);
    return found;
  };
  for (const objectTypeId of expected.objectProperties) {
    hubspot.on('POST', `/crm/v3/properties/${objectTypeId}`).reply((body) => {
      const created = toCurrentProperty(body as PropertyInput);
      objectNamed(objectTypeId).properties.push(created);
      return [201, toPropertyJson(created)];
    });
  }
  for (const path of expected.propertyUpdates) {
    hubspot.on('PATCH', `/crm/v3/properties/${path}`).reply((body) => {
      const [objectType = '', propertyName] = path.split('/');
      const properties =
        objectType in portal.state.properties
          ? portal.state.properties[objectType as StandardObjectType]
          : objectNamed(objectType).properties;
      const property = properties.find((candidate) => candidate.name === propertyName);
      if (!property) return [404, toErrorJson(`No property ${path}`)];
      property.options = (body as { options: CurrentOption[] }).options;
      return [200, toPropertyJson(property)];
    });
  }
  for (const objectTypeId of expected.schemaUpdates) {
    hubspot.on('PATCH', `/crm-object-schemas/v3/schemas/${objectTypeId}`).reply((body) => {
      const schema = objectNamed(objectTypeId);
      schema.primaryDisplayProperty = (body as { primaryDisplayProperty: string }).primaryDisplayProperty;
      return [200, toObjectTypeDefinitionJson(schema)];
    });
  }
}

interface PropertyInput {
  name: string;
  groupName: string;
  type: string;
  fieldType: string;
  options?: CurrentOption[];
  hasUniqueValue?: boolean;
}

function toCurrentProperty(input: PropertyInput): CurrentProperty {
  return {
    name: input.name,
    groupName: input.groupName,
    type: input.type,
    fieldType: input.fieldType,
    options: input.options ?? [],
    hasUniqueValue: input.hasUniqueValue ?? false,
  };
}

function toGroupJson(name: string) {
  return { name, label: name, displayOrder: 0, archived: false };
}

function toPropertyJson(property: CurrentProperty) {
  return {
    name: property.name,
    label: property.name,
    description: '',
    groupName: property.groupName,
    type: property.type,
    fieldType: property.fieldType,
    options: property.options,
    hasUniqueValue: property.hasUniqueValue,
  };
}

function toObjectTypeDefinitionJson(schema: CurrentObjectSchema) {
  return {
    id: schema.objectTypeId.replace('2-', ''),
    objectTypeId: schema.objectTypeId,
    name: schema.name,
    labels: { singular: schema.name, plural: schema.name },
    requiredProperties: [],
    ...(schema.primaryDisplayProperty === null ? {} : { primaryDisplayProperty: schema.primaryDisplayProperty }),
  };
}

function toObjectSchemaJson(schema: CurrentObjectSchema) {
  return {
    ...toObjectTypeDefinitionJson(schema),
    properties: schema.properties.map(toPropertyJson),
    associations: schema.associatedObjectTypeIds.map((toObjectTypeId, index) => ({
      id: String(200 + index),
      fromObjectTypeId: schema.objectTypeId,
      toObjectTypeId,
    })),
  };
}

/** HubSpot's own unlabelled contact → company association always comes first. */
function toLabelsJson(labels: readonly string[]) {
  return [
    { category: 'HUBSPOT_DEFINED', typeId: 279 },
    ...labels.map((label, index) => ({ category: 'USER_DEFINED', typeId: 100 + index, label })),
  ];
}

function toErrorJson(message: string) {
  return { category: 'MISSING_SCOPES', correlationId: '4f8a7c1e-0000-4000-8000-000000000000', message };
}
