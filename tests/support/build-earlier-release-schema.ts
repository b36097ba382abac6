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

/**
 * Liftoff's schema as an earlier release set portals up: the signal object had no `name` and showed its type (an
 * enumeration) as each record's name, and the signal type and status options predate the newest of each.
 */
export function buildEarlierReleaseSchema(current: LiftoffSchema): LiftoffSchema {
  const toEarlierSignal = (schema: DesiredObjectSchema): DesiredObjectSchema => ({
    ...schema,
    primaryDisplayProperty: 'signal_type',
    properties: schema.properties.flatMap((property) => {
      if (property.name === 'name') return [];
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
    objects: current.objects.map((schema) =>
      schema.name === liftoffObjectNames.signal ? toEarlierSignal(schema) : schema,
    ),
  };
}
