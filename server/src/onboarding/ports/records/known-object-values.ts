/** The properties of one HubSpot object as last read from or successfully written to HubSpot. */
export interface KnownObjectValues {
  objectId: string;
  values: Record<string, string | null>;
}
