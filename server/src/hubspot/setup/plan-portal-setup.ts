import type { PortalMode } from '../../onboarding/ports/index.ts';
import type {
  DesiredAssociationLabel,
  DesiredObjectSchema,
  DesiredProperty,
  LiftoffSchema,
  StandardObjectType,
} from '../model/liftoff-schema.ts';
import { objectTypeIds } from '../model/liftoff-schema.ts';

/** A property as the portal has it; only what setup compares. */
export interface CurrentProperty {
  name: string;
  groupName: string;
  type: string;
  fieldType: string;
  optionValues: string[];
  hasUniqueValue: boolean;
}

export interface CurrentObjectSchema {
  name: string;
  objectTypeId: string;
  properties: CurrentProperty[];
  /** Object type ids this schema is associated with, e.g. `0-2` for companies. */
  associatedObjectTypeIds: string[];
}

export interface PortalState {
  groups: Record<StandardObjectType, string[]>;
  properties: Record<StandardObjectType, CurrentProperty[]>;
  /** null when HubSpot refuses custom object schemas to this portal (403: not Enterprise). */
  objects: CurrentObjectSchema[] | null;
  /** Labels of the contact → company association. */
  associationLabels: string[];
}

export const standardObjectTypes: readonly StandardObjectType[] = ['companies', 'deals', 'contacts'];

export type SetupTarget =
  | { kind: 'property_group'; objectType: StandardObjectType; group: LiftoffSchema['group'] }
  | { kind: 'property'; objectType: StandardObjectType; groupName: string; property: DesiredProperty }
  | { kind: 'object_schema'; schema: DesiredObjectSchema }
  | { kind: 'object_property'; objectName: string; objectTypeId: string; groupName: string; property: DesiredProperty }
  | { kind: 'object_association'; objectName: string; objectTypeId: string; toObjectType: 'companies' | 'deals' }
  | { kind: 'association_label'; label: DesiredAssociationLabel };

export type SetupItem =
  | { action: 'create'; target: SetupTarget }
  | { action: 'exists'; target: SetupTarget }
  | { action: 'differs'; target: SetupTarget; differences: string[] };

export interface PortalSetupPlan {
  mode: PortalMode;
  items: SetupItem[];
}

/**
 * Compares the desired schema with the portal. Setup only ever adds: an existing property or schema that
 * differs is reported, never changed, because retyping a property that holds data can lose it.
 * A missing custom object schema is created whole (properties and associations included).
 */
export function planPortalSetup(desired: LiftoffSchema, current: PortalState): PortalSetupPlan {
  const items: SetupItem[] = [];
  for (const objectType of standardObjectTypes) {
    const group: SetupTarget = { kind: 'property_group', objectType, group: desired.group };
    items.push({
      action: current.groups[objectType].includes(desired.group.name) ? 'exists' : 'create',
      target: group,
    });
    for (const property of desired.properties[objectType]) {
      const existing = current.properties[objectType].find((candidate) => candidate.name === property.name);
      const target: SetupTarget = { kind: 'property', objectType, groupName: desired.group.name, property };
      items.push(decidePropertyItem(target, property, existing));
    }
  }
  if (current.objects !== null) {
    for (const schema of desired.objects) {
      const existing = current.objects.find((candidate) => candidate.name === schema.name);
      items.push(
        ...(existing
          ? planExistingSchema(schema, existing)
          : [{ action: 'create', target: { kind: 'object_schema', schema } } as const]),
      );
    }
  }
  for (const label of desired.associationLabels) {
    const exists = current.associationLabels.some(
      (candidate) => toComparableLabel(candidate) === toComparableLabel(label.label),
    );
    items.push({ action: exists ? 'exists' : 'create', target: { kind: 'association_label', label } });
  }
  return { mode: current.objects === null ? 'store_only' : 'custom_objects', items };
}

function planExistingSchema(schema: DesiredObjectSchema, existing: CurrentObjectSchema): SetupItem[] {
  const groupName = decideObjectPropertyGroup(schema, existing);
  const items: SetupItem[] = [{ action: 'exists', target: { kind: 'object_schema', schema } }];
  for (const property of schema.properties) {
    const found = existing.properties.find((candidate) => candidate.name === property.name);
    const target: SetupTarget = {
      kind: 'object_property',
      objectName: schema.name,
      objectTypeId: existing.objectTypeId,
      groupName,
      property,
    };
    items.push(decidePropertyItem(target, property, found));
  }
  for (const toObjectType of schema.associatedObjects) {
    const associated = existing.associatedObjectTypeIds.includes(objectTypeIds[toObjectType]);
    const target: SetupTarget = {
      kind: 'object_association',
      objectName: schema.name,
      objectTypeId: existing.objectTypeId,
      toObjectType,
    };
    items.push({ action: associated ? 'exists' : 'create', target });
  }
  return items;
}

function decidePropertyItem(
  target: SetupTarget,
  desired: DesiredProperty,
  existing: CurrentProperty | undefined,
): SetupItem {
  if (!existing) return { action: 'create', target };
  const differences = listPropertyDifferences(desired, existing);
  return differences.length === 0 ? { action: 'exists', target } : { action: 'differs', target, differences };
}

/** Labels and descriptions are the admin's to rename; what breaks the service is type, field type, options, uniqueness. */
export function listPropertyDifferences(desired: DesiredProperty, existing: CurrentProperty): string[] {
  const differences: string[] = [];
  if (existing.type !== desired.type) differences.push(`type is ${existing.type}, expected ${desired.type}`);
  if (existing.fieldType !== desired.fieldType) {
    differences.push(`field type is ${existing.fieldType}, expected ${desired.fieldType}`);
  }
  const missing = desired.options
    .map((option) => option.value)
    .filter((value) => !existing.optionValues.includes(value));
  if (missing.length > 0) differences.push(`options missing: ${missing.join(', ')}`);
  if (desired.hasUniqueValue && !existing.hasUniqueValue) differences.push('values are not unique, expected unique');
  return differences;
}

/** New properties of an existing schema join the group its Liftoff properties are already in. */
function decideObjectPropertyGroup(schema: DesiredObjectSchema, existing: CurrentObjectSchema): string {
  const desiredNames = new Set(schema.properties.map((property) => property.name));
  const ours = existing.properties.find((property) => desiredNames.has(property.name));
  return ours?.groupName ?? existing.properties[0]?.groupName ?? `${schema.name}_information`;
}

/** Admins retype labels in HubSpot's settings: case and surrounding spaces do not make a new label. */
function toComparableLabel(label: string): string {
  return label.trim().toLowerCase();
}
