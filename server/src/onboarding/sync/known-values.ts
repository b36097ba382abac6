import type { KnownObjectValues } from '../ports/index.ts';

/**
 * The sync-state cache keeps, per HubSpot object, what HubSpot holds (last read or last successful write) so the
 * write-back can send only differences. Values are kept per field as JSON text, in domain form; only this module
 * writes them, so reading them back trusts their shape.
 */
export const knownObjectTypes = {
  company: 'company',
  signal: 'liftoff_signal',
  criterion: 'liftoff_criterion',
  milestone: 'liftoff_milestone',
  /** A contact's Liftoff association labels on one company and its KPI property, by `<companyId>:<contactId>`. */
  stakeholder: 'stakeholder',
  /** A deal's Liftoff properties: the handoff's readiness and the promises kept. */
  deal: 'deal',
} as const;

export function toKnownObjectValues(objectId: string, fields: object): KnownObjectValues {
  const values: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) values[name] = JSON.stringify(value);
  }
  return { objectId, values };
}

export function parseKnownFields<T>(values: Record<string, string | null> | undefined): Partial<T> {
  if (values === undefined) return {};
  const fields: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(values)) {
    if (text !== null) fields[name] = JSON.parse(text);
  }
  return fields as Partial<T>;
}

/** A whole record is known only if it was written whole before; a partial one counts as unknown. */
export function parseKnownRecord<T extends object>(
  values: Record<string, string | null> | undefined,
  requiredField: keyof T & string,
): T | null {
  const fields = parseKnownFields<T>(values);
  return requiredField in fields ? (fields as T) : null;
}

/**
 * Whether two values would be written to HubSpot identically: compared as JSON (so an absent and an undefined
 * field are the same), with object keys in a canonical order — the store returns known values sorted by key,
 * while records are built in field order, and that must not count as a change.
 */
export function isSameValue(a: unknown, b: unknown): boolean {
  return toCanonicalJson(a) === toCanonicalJson(b);
}

function toCanonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field !== null && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}
