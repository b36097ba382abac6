import type { DesiredProperty, LiftoffSchema } from '../../server/src/hubspot/model/liftoff-schema.ts';
import { objectTypeIds } from '../../server/src/hubspot/model/liftoff-schema.ts';
import type {
  CurrentObjectSchema,
  CurrentProperty,
  PortalState,
} from '../../server/src/hubspot/setup/plan-portal-setup.ts';

/** A portal Liftoff has never touched: HubSpot's own groups and properties only. */
export function buildEmptyPortalState(overrides: Partial<PortalState> = {}): PortalState {
  return {
    groups: { companies: ['companyinformation'], deals: ['dealinformation'], contacts: ['contactinformation'] },
    properties: {
      companies: [buildCurrentProperty({ name: 'name', groupName: 'companyinformation' })],
      deals: [buildCurrentProperty({ name: 'dealname', groupName: 'dealinformation' })],
      contacts: [buildCurrentProperty({ name: 'email', groupName: 'contactinformation' })],
    },
    objects: [],
    associationLabels: [],
    ...overrides,
  };
}

export function buildCurrentProperty(overrides: Partial<CurrentProperty> = {}): CurrentProperty {
  return {
    name: 'name',
    groupName: 'companyinformation',
    type: 'string',
    fieldType: 'text',
    options: [],
    hasUniqueValue: false,
    ...overrides,
  };
}

export function toCurrentProperty(property: DesiredProperty, groupName: string): CurrentProperty {
  return {
    name: property.name,
    groupName,
    type: property.type,
    fieldType: property.fieldType,
    options: property.options.map((option) => ({ ...option })),
    hasUniqueValue: property.hasUniqueValue,
  };
}

/** Custom object type ids a portal hands out, in the order the schemas are created. */
export function toObjectTypeId(index: number): string {
  return `2-${1000 + index}`;
}

/** The portal as a complete setup leaves it. */
export function buildSetUpPortalState(desired: LiftoffSchema, overrides: Partial<PortalState> = {}): PortalState {
  const empty = buildEmptyPortalState();
  const withLiftoff = (objectType: keyof PortalState['properties']): CurrentProperty[] => [
    ...empty.properties[objectType],
    ...desired.properties[objectType].map((property) => toCurrentProperty(property, desired.group.name)),
  ];
  const objects: CurrentObjectSchema[] = desired.objects.map((schema, index) => ({
    name: schema.name,
    objectTypeId: toObjectTypeId(index),
    primaryDisplayProperty: schema.primaryDisplayProperty,
    properties: schema.properties.map((property) => toCurrentProperty(property, `${schema.name}_information`)),
    associatedObjectTypeIds: schema.associatedObjects.map((objectType) => objectTypeIds[objectType]),
  }));
  return {
    groups: {
      companies: [...empty.groups.companies, desired.group.name],
      deals: [...empty.groups.deals, desired.group.name],
      contacts: [...empty.groups.contacts, desired.group.name],
    },
    properties: { companies: withLiftoff('companies'), deals: withLiftoff('deals'), contacts: withLiftoff('contacts') },
    objects,
    associationLabels: desired.associationLabels.map((label) => label.label),
    ...overrides,
  };
}
