import type { Stakeholder } from '@liftoff/shared/domain/index';
import type { StakeholderWrite } from '../ports/crm-gateway.ts';
import type { KnownStakeholder } from './known-stakeholders.ts';

/**
 * The company's stakeholder map against what HubSpot is known to hold, as label and KPI differences: each role the
 * store has and HubSpot lacks is added, each Liftoff role HubSpot has and the store dropped is removed (labels that
 * are not Liftoff's never appear here, so they are never touched), and the KPI is sent only when it differs. A
 * contact HubSpot was never read for has nothing to diff against and waits for the next refresh; an unchanged one
 * plans no write.
 */
export function planStakeholderWrites(
  companyId: string,
  stakeholders: readonly Stakeholder[],
  known: ReadonlyMap<string, KnownStakeholder>,
): StakeholderWrite[] {
  return stakeholders.flatMap((stakeholder): StakeholderWrite[] => {
    const held = known.get(stakeholder.contactId);
    if (held === undefined) return [];
    const addRoles = stakeholder.roles.filter((role) => !held.roles.includes(role));
    const removeRoles = held.roles.filter((role) => !stakeholder.roles.includes(role));
    const kpi = stakeholder.kpi === held.kpi ? undefined : stakeholder.kpi;
    if (addRoles.length === 0 && removeRoles.length === 0 && kpi === undefined) return [];
    return [
      {
        companyId,
        contactId: stakeholder.contactId,
        addRoles,
        removeRoles,
        kpi,
        desired: { roles: [...stakeholder.roles], kpi: stakeholder.kpi },
      },
    ];
  });
}
