/**
 * HubSpot's object type ids (docs/HUBSPOT.md §3.1) and the legacy subscription prefixes (`company.*`, `deal.*`…)
 * that stand for them. Custom objects (Liftoff's records among them) have ids `2-<n>`.
 */
export const objectTypeIds = { contact: '0-1', company: '0-2', deal: '0-3', ticket: '0-5' } as const;

export const legacyPrefixTypeIds: Readonly<Record<string, string>> = {
  contact: objectTypeIds.contact,
  company: objectTypeIds.company,
  deal: objectTypeIds.deal,
  ticket: objectTypeIds.ticket,
};

/** Legacy engagements, meetings, calls, emails, notes: activity the engine reads through the incremental pull. */
export const activityTypeIds: ReadonlySet<string> = new Set(['0-4', '0-46', '0-47', '0-48', '0-49']);

export function isCustomObjectTypeId(typeId: string): boolean {
  return typeId.startsWith('2-');
}
