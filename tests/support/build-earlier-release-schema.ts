import type {
  DesiredObjectSchema,
  DesiredProperty,
  LiftoffSchema,
} from '../../server/src/hubspot/model/liftoff-schema.ts';
import { liftoffObjectNames } from '../../server/src/hubspot/model/liftoff-schema.ts';

/** The newest signal type and status, which the earlier release's options lack. */
export const NEWEST_SIGNAL_TYPE = 'no_baseline';
export const NEWEST_SIGNAL_STATUS = 'snoozed';

const withoutOption = (property: DesiredProperty, value: string): DesiredProperty => ({
  ...property,
  options: property.options.filter((option) => option.value !== value),
});

/** The custom object properties added since that release, by object. */
export const NEWEST_OBJECT_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  [liftoffObjectNames.milestone]: ['owner', 'skip_reason'],
  [liftoffObjectNames.signal]: ['name', 'history'],
};

/**
 * Liftoff's schema as an earlier release set portals up: the signal object had no `name` and showed its type (an
 * enumeration) as each record's name, neither signals nor milestones had the properties added since, and the
 * signal type and status options predate the newest of each.
 */
export function buildEarlierReleaseSchema(current: LiftoffSchema): LiftoffSchema {
  const withoutNewest = (schema: DesiredObjectSchema): DesiredObjectSchema => ({
    ...schema,
    properties: schema.properties.filter(
      (property) => !(NEWEST_OBJECT_PROPERTIES[schema.name] ?? []).includes(property.name),
    ),
  });
  const toEarlierSignal = (schema: DesiredObjectSchema): DesiredObjectSchema => ({
    ...schema,
    primaryDisplayProperty: 'signal_type',
    properties: schema.properties.flatMap((property) => {
      if (property.name === 'signal_type') return [withoutOption(property, NEWEST_SIGNAL_TYPE)];
      if (property.name === 'status') return [withoutOption(property, NEWEST_SIGNAL_STATUS)];
      return [property];
    }),
  });
  return {
    ...current,
    properties: {
      ...current.properties,
      companies: current.properties.companies.map((property) =>
        property.name === 'liftoff_open_signal_types' ? withoutOption(property, NEWEST_SIGNAL_TYPE) : property,
      ),
    },
    objects: current.objects
      .map(withoutNewest)
      .map((schema) => (schema.name === liftoffObjectNames.signal ? toEarlierSignal(schema) : schema)),
  };
}
