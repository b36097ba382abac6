/**
 * Links into HubSpot built from the extension's context, never a fixed host: portals hosted outside na1 live on
 * `app-<location>.hubspot.com` (EU portals on app-eu1). `dataHostingLocation` is in HubSpot's context docs
 * ('na1' | 'na2' | 'na3' | 'ap1' | 'eu1') but not yet in the 0.17 typings, so it is read structurally.
 */
export interface PortalLike {
  id: number;
  dataHostingLocation?: string;
}

export function toHubspotAppOrigin(portal: PortalLike): string {
  const location = portal.dataHostingLocation;
  if (location === undefined || location === '' || location === 'na1' || !/^[a-z]+\d+$/.test(location)) {
    return 'https://app.hubspot.com';
  }
  return `https://app-${location}.hubspot.com`;
}

/** A CRM record page, e.g. a company (`0-2`) or deal (`0-3`). */
export function toRecordUrl(portal: PortalLike, objectTypeId: string, objectId: number | string): string {
  return `${toHubspotAppOrigin(portal)}/contacts/${portal.id}/record/${objectTypeId}/${objectId}`;
}
