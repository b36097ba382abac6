import type { Criterion, Instant, Onboarding } from '@liftoff/shared/domain/index';
import { standardTemplate } from '@liftoff/shared/playbook/default-templates';
import { createSandboxRecords } from './create-sandbox-records.ts';
import { generatePortfolio, portfolioProfiles, toPortfolioProfile } from './generate-portfolio.ts';
import type { CrmOwner } from '../onboarding/ports/index.ts';
import { SANDBOX_PIPELINE_ID } from './sandbox-records.ts';
import type { SandboxDeal, SandboxRecords } from './sandbox-records.ts';
import type { SandboxScript, SandboxStep } from './sandbox-script.ts';
import { toOnboardingScript } from './to-onboarding-script.ts';

export interface SandboxPortalOptions {
  seed: number;
  /** Onboardings the portal's history starts; default three full rounds of the portfolio's profiles (81). */
  size?: number;
  now: Instant;
}

export const DEFAULT_SANDBOX_SIZE = portfolioProfiles.length * 3;

const dayMs = 86_400_000;
/** During the replay the worker sweeps and drains every third simulated day, at 06:00 UTC (toOnboardingScript counts on it). */
const SWEEP_EVERY_MS = 3 * dayMs;
const SWEEP_HOUR_MS = 6 * 3_600_000;
/** Sales is negotiating: the stage before closed-won in HubSpot's default pipeline. */
const OPEN_DEAL_STAGE_ID = 'contractsent';

const csmTeam = { id: '501', name: 'Customer Success', primary: true };

/** Deals and companies are numbered alike: company 1001 is won through deal 5001. */
const toDealId = (companyId: string): string => String(Number(companyId) + 4000);

/** The sandbox's customer-success team: HubSpot owners, each the company owner (CSM) of every third customer. */
const sandboxOwners: CrmOwner[] = [
  { id: '9001', name: 'Casey Morgan', email: 'casey@liftoff-demo.example', teams: [csmTeam] },
  { id: '9002', name: 'Robin Vale', email: 'robin@liftoff-demo.example', teams: [csmTeam] },
  { id: '9003', name: 'Sam Okafor', email: 'sam@liftoff-demo.example', teams: [csmTeam] },
];

const toOwnerId = (companyId: string): string | null =>
  sandboxOwners[Number(companyId) % sandboxOwners.length]?.id ?? null;

const toDomain = (name: string | null, companyId: string): string =>
  `${(name ?? companyId).toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example`;

/**
 * What HubSpot holds before the onboarding's deal is won: the company, the deal in negotiation, and the contacts
 * sales labelled (roles are association labels). Everything later happens in the script.
 */
function addCustomer(records: SandboxRecords, onboarding: Onboarding, labelledAt: Instant): string {
  const { companyId, companyName } = onboarding;
  const dealId = toDealId(companyId);
  records.companies.push({
    id: companyId,
    name: companyName,
    domain: toDomain(companyName, companyId),
    fields: {},
    ownerId: toOwnerId(companyId),
  });
  records.deals.push({
    id: dealId,
    name: `${companyName ?? companyId} – annual plan`,
    pipelineId: SANDBOX_PIPELINE_ID,
    stageId: OPEN_DEAL_STAGE_ID,
    closeDate: null,
    primaryCompanyId: companyId,
    fields: {},
  });
  for (const stakeholder of onboarding.stakeholders) {
    const { contactId: id, name, kpi, roles } = stakeholder;
    records.contacts.push({ id, name, kpi, lastEngagedAt: null });
    records.associations.push({ companyId, contactId: id, roles, modifiedAt: labelledAt });
  }
  return dealId;
}

/**
 * The deal sales is about to win: its company, three stakeholders tagged by circle with a validation owner, and
 * the three measurable promises sales wrote in the Handoff card (the onboarding starts with them once won).
 */
function addOpenDeal(records: SandboxRecords, companyId: string, now: Instant, labelledAt: Instant): SandboxDeal {
  const dealId = toDealId(companyId);
  const name = 'Northstar Robotics GmbH';
  const today = Math.floor(now / dayMs) * dayMs;
  records.companies.push({
    id: companyId,
    name,
    domain: toDomain(name, companyId),
    fields: {},
    ownerId: toOwnerId(companyId),
  });
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
    records.associations.push({ companyId, contactId, roles: [...person.roles], modifiedAt: labelledAt });
  });
  const promise = (
    n: number,
    fields: { name: string; metric: string; unit: string; baseline: number; target: number },
  ) => ({
    companyId,
    dealId,
    modifiedAt: labelledAt,
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
 * The sandbox portal's history, deterministic in (seed, size, now): `size` onboardings shaped by `generatePortfolio`
 * on the portal's one playbook (every phase, the signal types the card and HubSpot can produce, healthy, completed
 * and closed ones, five or six monthly cohorts), each turned into the events that lead to it (toOnboardingScript),
 * merged in time order; plus one open deal with its handoff promises. The replay of this script is the only way
 * the demo's store is filled. What HubSpot holds at the start was last modified before the first sweep, so the
 * worker's incremental pull finds every later change by its modification time.
 */
export function createSandboxPortal(options: SandboxPortalOptions): SandboxScript {
  const size = options.size ?? DEFAULT_SANDBOX_SIZE;
  const end = options.now;
  const records = createSandboxRecords({ owners: structuredClone(sandboxOwners) });
  const generated = generatePortfolio({ seed: options.seed, size, now: end, template: standardTemplate });
  const firstDay = Math.min(end, ...generated.map((onboarding) => onboarding.startDate));
  const start = Math.floor(firstDay / dayMs) * dayMs - dayMs + SWEEP_HOUR_MS;
  const steps: SandboxStep[] = generated
    .flatMap((onboarding, index) =>
      toOnboardingScript({
        onboarding,
        profile: toPortfolioProfile(index),
        dealId: addCustomer(records, onboarding, start - dayMs),
        template: standardTemplate,
        end,
      }),
    )
    .sort((a, b) => a.at - b.at);
  const openDeal = addOpenDeal(records, String(1001 + size), end, start - dayMs);
  return {
    records,
    steps,
    start,
    end,
    sweepEveryMs: SWEEP_EVERY_MS,
    openDealIds: [openDeal.id],
  };
}
