import type { KnownObjectValues } from './records/known-object-values.ts';

export interface SyncStateStore {
  /** A stream's resume point (an ISO instant or a paging cursor, as the stream defines it). */
  getWatermark(portalId: string, stream: string): Promise<string | null>;
  setWatermark(portalId: string, stream: string, value: string): Promise<void>;
  /** Known values per object id; objects never seen are absent from the map. */
  getKnownValues(
    portalId: string,
    objectType: string,
    objectIds: readonly string[],
  ): Promise<Map<string, Record<string, string | null>>>;
  /** Merges the given properties into what is known (other properties of the object are kept). */
  rememberValues(portalId: string, objectType: string, objects: readonly KnownObjectValues[]): Promise<void>;
  forgetObjects(portalId: string, objectType: string, objectIds: readonly string[]): Promise<void>;
}
