import type { PropertyValues } from '../writes/plan-property-writes.ts';
import { parseHubSpotText, toHubSpotText } from './hubspot-value.ts';

/** Raw properties of a HubSpot record: HubSpot sends null for a property that has no value. */
export type HubSpotProperties = Record<string, string | null | undefined>;

/** How one domain field is stored in one HubSpot property. `decode` answers undefined when it cannot tell. */
export interface PropertyCodec<V> {
  name: string;
  encode: (value: V) => string;
  decode: (raw: string | null | undefined) => V | undefined;
}

export type PropertyCodecs<T> = { [K in keyof T]-?: PropertyCodec<T[K]> };

/** A field that is always set: an empty value reads as "unknown". */
export function createRequiredCodec<V>(
  name: string,
  encode: (value: V) => string,
  parse: (raw: string | null | undefined) => V | null,
): PropertyCodec<V> {
  return { name, encode, decode: (raw) => parse(raw) ?? undefined };
}

/** A field that may be empty: an empty value reads as null, an absent property as "unknown". */
export function createNullableCodec<V>(
  name: string,
  encode: (value: V | null) => string,
  parse: (raw: string | null | undefined) => V | null,
): PropertyCodec<V | null> {
  return { name, encode, decode: (raw) => (raw === undefined ? undefined : parse(raw)) };
}

export function createTextCodec(name: string): PropertyCodec<string | null> {
  return createNullableCodec(name, toHubSpotText, parseHubSpotText);
}

/** An enumeration property: values outside the closed set read as unknown. */
export function createEnumCodec<V extends string>(name: string, values: readonly V[]): PropertyCodec<V> {
  return createRequiredCodec<V>(
    name,
    (value) => value,
    (raw) => values.find((value) => value === raw) ?? null,
  );
}

/** An enumeration property that may be empty: an empty value reads as null, values outside the set as unknown. */
export function createNullableEnumCodec<V extends string>(name: string, values: readonly V[]): PropertyCodec<V | null> {
  return {
    name,
    encode: (value) => value ?? '',
    decode: (raw) => {
      if (raw === undefined) return undefined;
      if (raw === null || raw === '') return null;
      return values.find((value) => value === raw);
    },
  };
}

export function listPropertyNames<T>(codecs: PropertyCodecs<T>): string[] {
  return (Object.keys(codecs) as (keyof T)[]).map((key) => codecs[key].name);
}

export function toPropertyValues<T>(codecs: PropertyCodecs<T>, fields: Partial<T>): PropertyValues {
  const values: PropertyValues = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key];
    if (value !== undefined) values[codecs[key].name] = codecs[key].encode(value as T[keyof T]);
  }
  return values;
}

export function toFields<T>(codecs: PropertyCodecs<T>, properties: HubSpotProperties): Partial<T> {
  const fields: Partial<T> = {};
  for (const key of Object.keys(codecs) as (keyof T)[]) {
    const codec = codecs[key];
    if (!(codec.name in properties)) continue;
    const value = codec.decode(properties[codec.name]);
    if (value !== undefined) fields[key] = value;
  }
  return fields;
}
