import { stakeholderRoles } from '@liftoff/shared/domain/index';
import type { Stakeholder } from '@liftoff/shared/domain/index';
import { nothingInHubSpot } from './known-stakeholders.ts';
import type { KnownStakeholder } from './known-stakeholders.ts';

/**
 * A refresh's stakeholder map, three-way: `known` is what HubSpot held when last read or written, `local` the
 * store's map, `remote` what HubSpot holds now. Each role, and the KPI, that the store changed since (a CSM's edit
 * the worker has not written yet) stays as the CSM set it; everything else follows HubSpot, so a label someone adds
 * or removes in HubSpot arrives, and a refresh never undoes a tag the write-back has not sent. The contact's name and
 * last engagement always come from HubSpot. A contact HubSpot no longer associates with the company is dropped,
 * unless the store holds a change for it not yet written (a contact tagged in the handoff, which the write-back
 * associates). With nothing known of a contact, HubSpot is taken as it is. The tagging day is kept while the roles
 * stay the same.
 */
export function toRefreshedStakeholders(
  local: readonly Stakeholder[],
  remote: readonly Stakeholder[],
  known: ReadonlyMap<string, KnownStakeholder>,
): Stakeholder[] {
  const localById = new Map(local.map((stakeholder) => [stakeholder.contactId, stakeholder]));
  const remoteIds = new Set(remote.map((stakeholder) => stakeholder.contactId));
  const refreshed = remote.map((incoming): Stakeholder => {
    const stored = localById.get(incoming.contactId);
    const base = known.get(incoming.contactId);
    if (stored === undefined || base === undefined) return incoming;
    const roles = stakeholderRoles.filter((role) =>
      stored.roles.includes(role) !== base.roles.includes(role)
        ? stored.roles.includes(role)
        : incoming.roles.includes(role),
    );
    const kpi = stored.kpi !== base.kpi ? stored.kpi : incoming.kpi;
    const sameRoles = roles.length === stored.roles.length && roles.every((role) => stored.roles.includes(role));
    return { ...incoming, roles, kpi, taggedAt: sameRoles ? stored.taggedAt : incoming.taggedAt };
  });
  const pending = local.filter((stored) => {
    if (remoteIds.has(stored.contactId)) return false;
    const base = known.get(stored.contactId) ?? nothingInHubSpot;
    const sameRoles =
      stored.roles.length === base.roles.length && stored.roles.every((role) => base.roles.includes(role));
    return !sameRoles || stored.kpi !== base.kpi;
  });
  return [...refreshed, ...pending];
}
