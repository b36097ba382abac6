import type { MigrationProvider } from 'kysely';
import { migration001Initial } from './migration-001-initial.ts';
import { migration002Handoffs } from './migration-002-handoffs.ts';
import { migration003DealContacts } from './migration-003-deal-contacts.ts';
import { migration004UsageKeyLastFour } from './migration-004-usage-key-last-four.ts';
import { migration005CompanyDomains } from './migration-005-company-domains.ts';
import { migration006InboxCrmChanges } from './migration-006-inbox-crm-changes.ts';
import { migration007HubSpotEventKeys } from './migration-007-hubspot-event-keys.ts';
import { migration008ParkedOnboardings } from './migration-008-parked-onboardings.ts';
import { migration009PlanHandlingOutcome } from './migration-009-plan-handling-outcome.ts';
import { migration010DealNamesPromises } from './migration-010-deal-names-promises.ts';
import { migration011PromisesKept } from './migration-011-promises-kept.ts';
import { migration012StakeholderHistory } from './migration-012-stakeholder-history.ts';
import { migration013CriterionEvidence } from './migration-013-criterion-evidence.ts';
import { migration014PortfolioRows } from './migration-014-portfolio-rows.ts';
import { migration015Owners } from './migration-015-owners.ts';
import { migration016PortfolioOwners } from './migration-016-portfolio-owners.ts';
import { migration017AssessmentHistory } from './migration-017-assessment-history.ts';

/**
 * The versioned migrations, in code so they ship inside the bundle. Names sort in apply order;
 * an applied migration is never edited — a change is a new numbered migration.
 */
export function createMigrationProvider(): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve({
        '001_initial': migration001Initial,
        '002_handoffs': migration002Handoffs,
        '003_deal_contacts': migration003DealContacts,
        '004_usage_key_last_four': migration004UsageKeyLastFour,
        '005_company_domains': migration005CompanyDomains,
        '006_inbox_crm_changes': migration006InboxCrmChanges,
        '007_hubspot_event_keys': migration007HubSpotEventKeys,
        '008_parked_onboardings': migration008ParkedOnboardings,
        '009_plan_handling_outcome': migration009PlanHandlingOutcome,
        '010_deal_names_promises': migration010DealNamesPromises,
        '011_promises_kept': migration011PromisesKept,
        '012_stakeholder_history': migration012StakeholderHistory,
        '013_criterion_evidence': migration013CriterionEvidence,
        '014_portfolio_rows': migration014PortfolioRows,
        '015_owners': migration015Owners,
        '016_portfolio_owners': migration016PortfolioOwners,
        '017_assessment_history': migration017AssessmentHistory,
      }),
  };
}
