/**
 * The outcome of a fallible use case, parse or store mutation: a value, or an error as data that the edge maps
 * (docs/ARCHITECTURE.md §4, "one Result"). Each caller names its own closed error type `E`.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function succeed<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
