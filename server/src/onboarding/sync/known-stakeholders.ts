import type { Stakeholder } from '@liftoff/shared/domain/index';
import type { StakeholderFields } from '../ports/crm-gateway.ts';
import type { Store } from '../ports/index.ts';
import { knownObjectTypes, parseKnownFields, toKnownObjectValues } from './known-values.ts';

/** What HubSpot holds of one stakeholder: the roles its Liftoff association labels give, and its KPI property. */
export type KnownStakeholder = StakeholderFields;

/** A contact HubSpot does not associate with the company: no label, no KPI. */
export const nothingInHubSpot: KnownStakeholder = { roles: [], kpi: null };

type SyncState = Store['syncState'];

/** A contact's labels are per company: the same contact can be the sponsor of one company and no one at another. */
export function toStakeholderKey(companyId: string, contactId: string): string {
  return `${companyId}:${contactId}`;
}

export function toKnownStakeholder(stakeholder: Pick<Stakeholder, 'roles' | 'kpi'>): KnownStakeholder {
  return { roles: [...stakeholder.roles], kpi: stakeholder.kpi };
}

/** By contact id; a contact never read nor written is absent. */
export async function readKnownStakeholders(
  syncState: SyncState,
  portalId: string,
  companyId: string,
  contactIds: readonly string[],
): Promise<Map<string, KnownStakeholder>> {
  const keys = contactIds.map((contactId) => toStakeholderKey(companyId, contactId));
  const known = await syncState.getKnownValues(portalId, knownObjectTypes.stakeholder, keys);
  return new Map(
    contactIds.flatMap((contactId) => {
      const fields = parseKnownFields<KnownStakeholder>(known.get(toStakeholderKey(companyId, contactId)));
      return fields.roles === undefined ? [] : [[contactId, { roles: fields.roles, kpi: fields.kpi ?? null }] as const];
    }),
  );
}

export async function rememberStakeholders(
  syncState: SyncState,
  portalId: string,
  companyId: string,
  stakeholders: readonly (KnownStakeholder & { contactId: string })[],
): Promise<void> {
  await syncState.rememberValues(
    portalId,
    knownObjectTypes.stakeholder,
    stakeholders.map((stakeholder) =>
      toKnownObjectValues(toStakeholderKey(companyId, stakeholder.contactId), toKnownStakeholder(stakeholder)),
    ),
  );
}
