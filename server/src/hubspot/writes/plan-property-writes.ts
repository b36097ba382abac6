/** HubSpot property values as sent on the wire: name → canonical string ('' clears the property). */
export type PropertyValues = Record<string, string>;

/**
 * Diff-only writes: a property is sent only when HubSpot does not already hold the desired value.
 * A property missing from `known` is unknown, so it is sent.
 */
export function planPropertyWrites(known: PropertyValues, desired: PropertyValues): PropertyValues {
  const changes: PropertyValues = {};
  for (const [name, value] of Object.entries(desired)) {
    if (known[name] !== value) changes[name] = value;
  }
  return changes;
}
