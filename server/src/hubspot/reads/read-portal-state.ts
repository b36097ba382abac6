import type { Option, Property } from '@hubspot/api-client/lib/codegen/crm/properties/index.js';
import type { ObjectSchema } from '@hubspot/api-client/lib/codegen/crm/schemas/index.js';
import type { PortalClient } from '../client/create-portal-client.ts';
import { HubSpotError } from '../client/hubspot-error.ts';
import type { StandardObjectType } from '../model/liftoff-schema.ts';
import { standardObjectTypes } from '../setup/plan-portal-setup.ts';
import type { CurrentObjectSchema, CurrentOption, CurrentProperty, PortalState } from '../setup/plan-portal-setup.ts';

/** Reads what setup compares: 8 GET calls, whatever the portal holds. */
export async function readPortalState(client: PortalClient): Promise<PortalState> {
  const groups = {} as Record<StandardObjectType, string[]>;
  const properties = {} as Record<StandardObjectType, CurrentProperty[]>;
  for (const objectType of standardObjectTypes) {
    // GET /crm/v3/properties/{objectType}/groups
    const groupPage = await client.call('burst', 'setup.read-groups', (sdk) =>
      sdk.crm.properties.groupsApi.getAll(objectType),
    );
    groups[objectType] = groupPage.results.map((group) => group.name);
    // GET /crm/v3/properties/{objectType}
    const propertyPage = await client.call('burst', 'setup.read-properties', (sdk) =>
      sdk.crm.properties.coreApi.getAll(objectType),
    );
    properties[objectType] = propertyPage.results.map(toCurrentProperty);
  }
  // GET /crm/v4/associations/contacts/companies/labels
  const labelPage = await client.call('burst', 'setup.read-labels', (sdk) =>
    sdk.crm.associations.v4.schema.definitionsApi.getAll('contacts', 'companies'),
  );
  const associationLabels = labelPage.results.flatMap((spec) => (spec.label ? [spec.label] : []));
  return { groups, properties, objects: await readObjectSchemas(client), associationLabels };
}

/** Custom objects need an Enterprise subscription: HubSpot answers 403 to the others, which then run store-only. */
async function readObjectSchemas(client: PortalClient): Promise<CurrentObjectSchema[] | null> {
  try {
    // GET /crm-object-schemas/v3/schemas
    const page = await client.call('burst', 'setup.read-schemas', (sdk) => sdk.crm.schemas.coreApi.getAll());
    return page.results.map(toCurrentObjectSchema);
  } catch (error) {
    if (error instanceof HubSpotError && error.kind === 'forbidden') return null;
    throw error;
  }
}

function toCurrentProperty(property: Property): CurrentProperty {
  return {
    name: property.name,
    groupName: property.groupName,
    type: property.type,
    fieldType: property.fieldType,
    options: property.options.map(toCurrentOption),
    hasUniqueValue: property.hasUniqueValue ?? false,
  };
}

/** Only the fields an option update sends back, so a relabelled or hidden option stays as the admin left it. */
function toCurrentOption(option: Option): CurrentOption {
  return {
    label: option.label,
    value: option.value,
    hidden: option.hidden,
    ...(option.displayOrder === undefined ? {} : { displayOrder: option.displayOrder }),
    ...(option.description ? { description: option.description } : {}),
  };
}

function toCurrentObjectSchema(schema: ObjectSchema): CurrentObjectSchema {
  const objectTypeId = schema.objectTypeId ?? schema.id;
  return {
    name: schema.name,
    objectTypeId,
    primaryDisplayProperty: schema.primaryDisplayProperty ?? null,
    properties: schema.properties.map(toCurrentProperty),
    associatedObjectTypeIds: schema.associations.map((association) =>
      association.fromObjectTypeId === objectTypeId ? association.toObjectTypeId : association.fromObjectTypeId,
    ),
  };
}
