import type {
  PropertyCreate,
  PropertyCreateFieldTypeEnum,
  PropertyCreateTypeEnum,
} from '@hubspot/api-client/lib/codegen/crm/properties/index.js';
import type {
  ObjectSchemaEgg,
  ObjectTypePropertyCreate,
  ObjectTypePropertyCreateTypeEnum,
} from '@hubspot/api-client/lib/codegen/crm/schemas/index.js';
import type { PortalMode } from '../../onboarding/ports/index.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import { HubSpotError } from '../client/hubspot-error.ts';
import { associatedObjectNames, objectTypeIds } from '../model/liftoff-schema.ts';
import type { DesiredObjectSchema, DesiredProperty, StandardObjectType } from '../model/liftoff-schema.ts';
import type { SetupItem, SetupTarget, SetupUpdate } from './plan-portal-setup.ts';

export interface SetupOutcome {
  item: SetupItem;
  result: 'created' | 'updated' | 'failed' | 'skipped';
  message?: string;
}

export interface AppliedSetup {
  mode: PortalMode;
  outcomes: SetupOutcome[];
}

type CreateTarget<K extends SetupTarget['kind']> = Extract<SetupTarget, { kind: K }>;

/**
 * Creates what the plan says is missing, in dependency order (a group before its properties), then applies its
 * updates (a schema's new primary display property exists by then). A failure is reported and the rest goes
 * on; a 403 on custom objects turns the portal store-only.
 */
export async function applyPortalSetup(
  client: PortalClient,
  items: readonly SetupItem[],
  mode: PortalMode,
): Promise<AppliedSetup> {
  const outcomes: SetupOutcome[] = [];
  let currentMode = mode;
  const toCreate = items.filter((item) => item.action === 'create');
  const run = async (item: SetupItem, change: () => Promise<void>): Promise<void> => {
    const isCustomObjectItem = item.target.kind.startsWith('object_');
    if (isCustomObjectItem && currentMode === 'store_only') {
      outcomes.push({ item, result: 'skipped', message: 'custom objects are not available to this portal' });
      return;
    }
    try {
      await change();
      outcomes.push({ item, result: item.action === 'update' ? 'updated' : 'created' });
    } catch (error) {
      if (isCustomObjectItem && error instanceof HubSpotError && error.kind === 'forbidden') currentMode = 'store_only';
      outcomes.push({ item, result: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  for (const item of toCreate) {
    const target = item.target;
    if (target.kind === 'property_group') await run(item, () => createGroup(client, target));
  }
  for (const objectType of ['companies', 'deals', 'contacts'] as const) {
    const batch = toCreate.flatMap((item) =>
      item.target.kind === 'property' && item.target.objectType === objectType ? [{ item, target: item.target }] : [],
    );
    outcomes.push(...(await createStandardProperties(client, objectType, batch)));
  }
  for (const item of toCreate) {
    const target = item.target;
    if (target.kind === 'object_schema') await run(item, () => createObjectSchema(client, target.schema));
    if (target.kind === 'object_property') await run(item, () => createObjectProperty(client, target));
    if (target.kind === 'object_association') await run(item, () => createObjectAssociation(client, target));
    if (target.kind === 'association_label') await run(item, () => createAssociationLabel(client, target));
  }
  for (const item of items) {
    if (item.action === 'update') await run(item, () => applyUpdate(client, item.update));
  }
  return { mode: currentMode, outcomes };
}

async function createGroup(client: PortalClient, target: CreateTarget<'property_group'>): Promise<void> {
  // POST /crm/v3/properties/{objectType}/groups
  await client.call('burst', 'setup.create-group', (sdk) =>
    sdk.crm.properties.groupsApi.create(target.objectType, target.group),
  );
}

/** One batch call per object type; HubSpot answers 207 with per-property errors when some fail. */
async function createStandardProperties(
  client: PortalClient,
  objectType: StandardObjectType,
  batch: readonly { item: SetupItem; target: CreateTarget<'property'> }[],
): Promise<SetupOutcome[]> {
  if (batch.length === 0) return [];
  try {
    // POST /crm/v3/properties/{objectType}/batch/create
    const response = await client.call('burst', 'setup.create-properties', (sdk) =>
      sdk.crm.properties.batchApi.create(objectType, {
        inputs: batch.map(({ target }) => toPropertyCreate(target.property, target.groupName)),
      }),
    );
    const created = new Set(response.results.map((property) => property.name));
    return batch.map(({ item, target }) =>
      created.has(target.property.name)
        ? { item, result: 'created' }
        : { item, result: 'failed', message: 'HubSpot did not create it (see the batch errors)' },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return batch.map(({ item }) => ({ item, result: 'failed', message }));
  }
}

async function createObjectSchema(client: PortalClient, schema: DesiredObjectSchema): Promise<void> {
  const egg: ObjectSchemaEgg = {
    name: schema.name,
    labels: schema.labels,
    description: schema.description,
    primaryDisplayProperty: schema.primaryDisplayProperty,
    secondaryDisplayProperties: schema.secondaryDisplayProperties,
    searchableProperties: schema.searchableProperties,
    requiredProperties: schema.requiredProperties,
    associatedObjects: schema.associatedObjects.map((objectType) => associatedObjectNames[objectType]),
    properties: schema.properties.map(toObjectTypePropertyCreate),
  };
  // POST /crm-object-schemas/v3/schemas
  await client.call('burst', 'setup.create-schema', (sdk) => sdk.crm.schemas.coreApi.create(egg));
}

async function createObjectProperty(client: PortalClient, target: CreateTarget<'object_property'>): Promise<void> {
  // POST /crm/v3/properties/{objectType}
  await client.call('burst', 'setup.create-object-property', (sdk) =>
    sdk.crm.properties.coreApi.create(target.objectTypeId, toPropertyCreate(target.property, target.groupName)),
  );
}

async function createObjectAssociation(
  client: PortalClient,
  target: CreateTarget<'object_association'>,
): Promise<void> {
  // POST /crm-object-schemas/v3/schemas/{objectType}/associations
  await client.call('burst', 'setup.create-object-association', (sdk) =>
    sdk.crm.schemas.coreApi.createAssociation(target.objectTypeId, {
      fromObjectTypeId: target.objectTypeId,
      toObjectTypeId: objectTypeIds[target.toObjectType],
    }),
  );
}

async function createAssociationLabel(client: PortalClient, target: CreateTarget<'association_label'>): Promise<void> {
  // POST /crm/v4/associations/contacts/companies/labels
  await client.call('burst', 'setup.create-label', (sdk) =>
    sdk.crm.associations.v4.schema.definitionsApi.create('contacts', 'companies', {
      name: target.label.name,
      label: target.label.label,
    }),
  );
}

/** Sends only what changes: both PATCH calls overwrite the fields they are given and leave the others. */
async function applyUpdate(client: PortalClient, update: SetupUpdate): Promise<void> {
  if (update.kind === 'primary_display_property') {
    // PATCH /crm-object-schemas/v3/schemas/{objectType}
    await client.call('burst', 'setup.update-schema', (sdk) =>
      sdk.crm.schemas.coreApi.update(update.objectTypeId, { primaryDisplayProperty: update.desired }),
    );
    return;
  }
  // PATCH /crm/v3/properties/{objectType}/{propertyName}: the options sent replace the property's list.
  await client.call('burst', 'setup.update-property', (sdk) =>
    sdk.crm.properties.coreApi.update(update.objectType, update.propertyName, { options: update.options }),
  );
}

function toPropertyCreate(property: DesiredProperty, groupName: string): PropertyCreate {
  return {
    name: property.name,
    label: property.label,
    description: property.description,
    groupName,
    type: property.type as PropertyCreateTypeEnum,
    fieldType: property.fieldType as PropertyCreateFieldTypeEnum,
    options: property.options,
    hasUniqueValue: property.hasUniqueValue,
  };
}

function toObjectTypePropertyCreate(property: DesiredProperty): ObjectTypePropertyCreate {
  return {
    name: property.name,
    label: property.label,
    description: property.description,
    type: property.type as ObjectTypePropertyCreateTypeEnum,
    fieldType: property.fieldType,
    options: property.options,
    hasUniqueValue: property.hasUniqueValue,
  };
}
