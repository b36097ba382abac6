import type { PortalMode } from '../../onboarding/ports/index.ts';
import type {
  DesiredAssociationLabel,
  DesiredObjectSchema,
  DesiredProperty,
  LiftoffSchema,
  StandardObjectType,
} from '../model/liftoff-schema.ts';
import { objectTypeIds } from '../model/liftoff-schema.ts';

/** An option of an enumeration property as the portal has it; sent back as read when options are added. */
export interface CurrentOption {
  label: string;
  value: string;
  hidden: boolean;
  displayOrder?: number;
  description?: string;
}

/** A property as the portal has it; only what setup compares and keeps. */
export interface CurrentProperty {
  name: string;
  groupName: string;
  type: string;
  fieldType: string;
  options: CurrentOption[];
  hasUniqueValue: boolean;
}

export interface CurrentObjectSchema {
  name: string;
  objectTypeId: string;
  /** Null when HubSpot's answer names none. */
  primaryDisplayProperty: string | null;
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

/**
 * What setup changes on something that exists. Options are sent whole (HubSpot's property update replaces the
 * option list): the portal's options as they are, in their order and with their labels, then the missing ones.
 */
export type SetupUpdate =
  | {
      kind: 'property_options';
      /** As the properties API names it: `companies`, or a custom object's type id. */
      objectType: string;
      propertyName: string;
      added: string[];
      options: CurrentOption[];
    }
  | { kind: 'primary_display_property'; objectTypeId: string; current: string | null; desired: string };

type PropertyTarget = Extract<SetupTarget, { kind: 'property' | 'object_property' }>;

export type SetupItem =
  | { action: 'create'; target: SetupTarget }
  | { action: 'update'; target: SetupTarget; update: SetupUpdate }
  | { action: 'exists'; target: SetupTarget }
  | { action: 'differs'; target: SetupTarget; differences: string[] };

export interface PortalSetupPlan {
  mode: PortalMode;
  items: SetupItem[];
}

/**
 * Compares the desired schema with the portal. Setup only ever adds: what is missing is created, an enumeration
 * missing options gets them (a later release adds signal types and statuses), a Liftoff object whose primary
 * display property is not the desired one gets it. Nothing is removed, and an existing property of another type
 * or field type is reported, never changed, because retyping a property that holds data can lose it.
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
      const target: PropertyTarget = { kind: 'property', objectType, groupName: desired.group.name, property };
      items.push(...decidePropertyItems(target, property, existing));
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
  const schemaTarget: SetupTarget = { kind: 'object_schema', schema };
  const items: SetupItem[] = [
    existing.primaryDisplayProperty === schema.primaryDisplayProperty
      ? { action: 'exists', target: schemaTarget }
      : {
          action: 'update',
          target: schemaTarget,
          update: {
            kind: 'primary_display_property',
            objectTypeId: existing.objectTypeId,
            current: existing.primaryDisplayProperty,
            desired: schema.primaryDisplayProperty,
          },
        },
  ];
  for (const property of schema.properties) {
    const found = existing.properties.find((candidate) => candidate.name === property.name);
    const target: PropertyTarget = {
      kind: 'object_property',
      objectName: schema.name,
      objectTypeId: existing.objectTypeId,
      groupName,
      property,
    };
    items.push(...decidePropertyItems(target, property, found));
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

/** An existing property can need its missing options and be reported as differing otherwise: two items then. */
function decidePropertyItems(
  target: PropertyTarget,
  desired: DesiredProperty,
  existing: CurrentProperty | undefined,
): SetupItem[] {
  if (!existing) return [{ action: 'create', target }];
  const union = isEnumeration(desired, existing) ? toOptionUnion(existing.options, desired.options) : null;
  const differences = listPropertyDifferences(desired, existing);
  const items: SetupItem[] = [];
  if (union !== null) {
    const objectType = target.kind === 'property' ? target.objectType : target.objectTypeId;
    const update = { kind: 'property_options', objectType, propertyName: desired.name, ...union } as const;
    items.push({ action: 'update', target, update });
  }
  if (differences.length > 0) items.push({ action: 'differs', target, differences });
  return items.length === 0 ? [{ action: 'exists', target }] : items;
}

function isEnumeration(desired: DesiredProperty, existing: CurrentProperty): boolean {
  return desired.type === 'enumeration' && existing.type === 'enumeration';
}

/**
 * Labels and descriptions are the admin's to rename; what breaks the service is type, field type, uniqueness, and
 * options it writes that the property lacks. Missing options of an enumeration are added (toOptionUnion), not
 * reported.
 */
export function listPropertyDifferences(desired: DesiredProperty, existing: CurrentProperty): string[] {
  const differences: string[] = [];
  if (existing.type !== desired.type) differences.push(`type is ${existing.type}, expected ${desired.type}`);
  if (existing.fieldType !== desired.fieldType) {
    differences.push(`field type is ${existing.fieldType}, expected ${desired.fieldType}`);
  }
  // Of another type, the options cannot be right anyway; a yes/no property's two options are fixed by hand.
  if (existing.type === desired.type && !isEnumeration(desired, existing)) {
    const missing = listMissingOptions(existing.options, desired.options).map((option) => option.value);
    if (missing.length > 0) differences.push(`options missing: ${missing.join(', ')}`);
  }
  if (desired.hasUniqueValue && !existing.hasUniqueValue) differences.push('values are not unique, expected unique');
  return differences;
}

/**
 * The option list to send so that every desired option exists: the portal's options untouched and in their order
 * (an admin may have relabelled, reordered or hidden them; values in use are never dropped), then the missing ones
 * after the highest display order. Null when none is missing.
 */
export function toOptionUnion(
  existing: readonly CurrentOption[],
  desired: readonly CurrentOption[],
): { added: string[]; options: CurrentOption[] } | null {
  const missing = listMissingOptions(existing, desired);
  if (missing.length === 0) return null;
  const highest = Math.max(-1, ...existing.map((option) => option.displayOrder ?? -1));
  const appended = missing.map((option, index) => ({ ...option, displayOrder: highest + 1 + index }));
  return { added: missing.map((option) => option.value), options: [...existing, ...appended] };
}

function listMissingOptions(existing: readonly CurrentOption[], desired: readonly CurrentOption[]): CurrentOption[] {
  const values = new Set(existing.map((option) => option.value));
  return desired.filter((option) => !values.has(option.value));
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
