import type { Criterion, Instant, Onboarding } from '@liftoff/shared/domain/index';
import type { UsageEventInput } from '../onboarding/ports/index.ts';
import { createSandboxRecords } from './create-sandbox-records.ts';
import { generatePortfolio, portfolioProfiles } from './generate-portfolio.ts';
import { toUsageEvents } from './to-usage-events.ts';
import { CLOSED_WON_STAGE_ID, SANDBOX_PIPELINE_ID } from './sandbox-records.ts';
import type { SandboxDeal, SandboxRecords } from './sandbox-records.ts';

export interface SandboxPortalOptions {
  seed: number;
  /** Onboardings already running or finished; default three full rounds of the portfolio's profiles (81). */
  size?: number;
  now: Instant;
}

/** An onboarding the portal's CSMs have been running, with the deal that started it. */
export interface SandboxOnboarding {
  dealId: string;
  onboarding: Onboarding;
}

/**
 * A seeded sandbox portal: what HubSpot holds (`records`), the onboardings Liftoff has been running on it (their
 * plans and the CSMs' progress, kept in Liftoff's store), the product usage the customers' products reported,
 * and the open deals sales has not won yet.
 */
export interface SandboxPortal {
  records: SandboxRecords;
  onboardings: SandboxOnboarding[];
  usage: UsageEventInput[];
  openDealIds: string[];
}

export const DEFAULT_SANDBOX_SIZE = portfolioProfiles.length * 3;

const dayMs = 86_400_000;
/** Sales is negotiating: the stage before closed-won in HubSpot's default pipeline. */
const OPEN_DEAL_STAGE_ID = 'contractsent';

/** Deals and companies are numbered alike: company 1001 was won through deal 5001. */
const toDealId = (companyId: string): string => String(Number(companyId) + 4000);

const toDomain = (name: string | null, companyId: string): string =>
  `${(name ?? companyId).toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example`;

function addRunningOnboarding(records: SandboxRecords, onboarding: Onboarding): SandboxOnboarding {
  const { companyId, companyName, startDate, activity } = onboarding;
  const dealId = toDealId(companyId);
  records.companies.push({ id: companyId, name: companyName, domain: toDomain(companyName, companyId), fields: {} });
  records.deals.push({
    id: dealId,
    name: `${companyName ?? companyId} – annual plan`,
    pipelineId: SANDBOX_PIPELINE_ID,
    stageId: CLOSED_WON_STAGE_ID,
    closeDate: startDate,
    primaryCompanyId: companyId,
    fields: {},
  });
  for (const stakeholder of onboarding.stakeholders) {
    const { contactId: id, name, kpi, lastEngagedAt, roles } = stakeholder;
    records.contacts.push({ id, name, kpi, lastEngagedAt });
    records.associations.push({ companyId, contactId: id, roles, modifiedAt: startDate });
  }
  for (const record of activity.engagements) records.engagements.push({ companyId, record, modifiedAt: record.at });
  for (const record of activity.tickets) {
    records.tickets.push({ companyId, record, modifiedAt: record.closedAt ?? record.openedAt });
  }
  for (const record of onboarding.criteria) records.criteria.push({ companyId, dealId, record, modifiedAt: startDate });
  for (const record of onboarding.milestones) {
    records.milestones.push({ companyId, dealId, record, modifiedAt: record.completedAt ?? startDate });
  }
  return { dealId, onboarding };
}

/**
 * The deal sales is about to win: its company, three stakeholders tagged by circle with a validation owner, and
 * the three measurable promises sales wrote in the Handoff card (the onboarding starts with them once won).
 */
function addOpenDeal(records: SandboxRecords, companyId: string, now: Instant): SandboxDeal {
  const dealId = toDealId(companyId);
  const name = 'Northstar Robotics GmbH';
  const today = Math.floor(now / dayMs) * dayMs;
  records.companies.push({ id: companyId, name, domain: toDomain(name, companyId), fields: {} });
  const deal: SandboxDeal = {
    id: dealId,
    name: `${name} – annual plan`,
    pipelineId: SANDBOX_PIPELINE_ID,
    stageId: OPEN_DEAL_STAGE_ID,
    closeDate: null,
    primaryCompanyId: companyId,
    fields: {},
  };
  records.deals.push(deal);
  const people = [
    { name: 'Greta Vogel', roles: ['economic_decision_maker', 'sponsor'], kpi: 'Cut the cost per order' },
    { name: 'Jonas Weber', roles: ['end_user', 'validation_owner'], kpi: 'Fewer manual steps' },
    { name: 'Mia Schulz', roles: ['technical_influencer'], kpi: null },
  ] as const;
  people.forEach((person, i) => {
    const contactId = `${companyId}0${i + 1}`;
    records.contacts.push({ id: contactId, name: person.name, kpi: person.kpi, lastEngagedAt: now - (i + 1) * dayMs });
    records.associations.push({ companyId, contactId, roles: [...person.roles], modifiedAt: now - 7 * dayMs });
  });
  const promise = (
    n: number,
    fields: { name: string; metric: string; unit: string; baseline: number; target: number },
  ) => ({
    companyId,
    dealId,
    modifiedAt: now - 3 * dayMs,
    record: {
      id: `handoff-${dealId}-c${n}`,
      ...fields,
      direction: fields.target < fields.baseline ? 'decrease' : 'increase',
      current: null,
      agreedAt: null,
      dueDate: today + 60 * dayMs,
      status: 'not_started',
      achievedAt: null,
      source: 'sales_promise',
      ownerContactId: `${companyId}02`,
      handedOffTarget: fields.target,
      baselineDate: null,
      baselineEvidence: null,
      currentAt: null,
      promiseKept: null,
    } satisfies Criterion,
  });
  records.criteria.push(
    promise(1, { name: 'Order processing time', metric: 'minutes per order', unit: 'min', baseline: 12, target: 6 }),
    promise(2, { name: 'Weekly active planners', metric: 'active users', unit: 'users', baseline: 0, target: 15 }),
    promise(3, { name: 'Automated reorders', metric: 'share of reorders', unit: '%', baseline: 10, target: 60 }),
  );
  return deal;
}

/**
 * Builds the sandbox portal, deterministic in (seed, size, now): `size` onboardings from `generatePortfolio` (every
 * phase, every signal type of docs/PRODUCT.md §4, healthy, completed and closed ones, five or six monthly cohorts), each
 * with its closed-won deal, contacts, engagements, tickets, criteria and milestones; plus one open deal.
 */
export function createSandboxPortal(options: SandboxPortalOptions): SandboxPortal {
  const size = options.size ?? DEFAULT_SANDBOX_SIZE;
  const records = createSandboxRecords();
  const generated = generatePortfolio({ seed: options.seed, size, now: options.now });
  const onboardings = generated.map((onboarding) => addRunningOnboarding(records, onboarding));
  const openDeal = addOpenDeal(records, String(1001 + size), options.now);
  return {
    records,
    onboardings,
    usage: generated.flatMap(toUsageEvents),
    openDealIds: [openDeal.id],
  };
}
