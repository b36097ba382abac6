import { inboxKind } from '../ports/index.ts';
import type { Instant } from '@liftoff/shared/domain/index';
import type { ParsedUsageEvent } from './parsed-usage-event.ts';
import type {
  ActivityStore,
  Clock,
  InboxEventInput,
  InboxStore,
  OnboardingStore,
  UsageEventInput,
} from '../ports/index.ts';
import { toDomainCompanyKey } from './to-domain-company-key.ts';

export interface RecordUsageDeps {
  /** Appends usage, and knows each company's domain as learned from the CRM on refreshes (never asks HubSpot). */
  activity: Pick<ActivityStore, 'appendUsage' | 'findCompanyIdsByDomain'>;
  inbox: Pick<InboxStore, 'append'>;
  onboardings: Pick<OnboardingStore, 'listActiveCompanyIds'>;
  clock: Clock;
  /** A company's usage is re-assessed (and its usage properties written back) at most once per interval. */
  flushIntervalMs: number;
}

export interface UsageReceipt {
  accepted: number;
  /** Events whose id was already recorded for this portal: ignored, so a retried request counts once. */
  duplicates: number;
  /** Companies with no onboarding in progress: their usage is kept and counts once an onboarding starts. */
  unknownCompanyIds: string[];
  /** Domains no HubSpot company matched: their usage is kept under the domain. */
  unresolvedDomains: string[];
}

/**
 * The end of the flush window `now` falls in. Usage of one company within one window asks for a single
 * re-assessment, due when the window closes, so a burst of events costs one evaluation and one HubSpot write.
 */
export function toFlushWindowEnd(now: Instant, flushIntervalMs: number): Instant {
  return (Math.floor(now / flushIntervalMs) + 1) * flushIntervalMs;
}

/**
 * Records valid usage events of a portal: appends them to the company's activity (idempotent by event
 * id; the store rolls them up per day), then writes one re-assessment request per company and flush window to the
 * durable inbox, due at the window's end. The activity is written first: if the inbox write fails the caller gets
 * an error and retries, the events are then duplicates and the re-assessment is requested again.
 */
export async function recordUsage(
  deps: RecordUsageDeps,
  portalId: string,
  events: readonly ParsedUsageEvent[],
): Promise<UsageReceipt> {
  if (events.length === 0) return { accepted: 0, duplicates: 0, unknownCompanyIds: [], unresolvedDomains: [] };
  const domainIds = await resolveDomainIds(deps, portalId, events);
  const usage = events.map((event) => toUsageEventInput(event, domainIds));
  const { accepted, duplicates } = await deps.activity.appendUsage(portalId, usage);

  const latestAt = [...toLatestAtPerCompany(usage)].filter(([key]) => !key.startsWith('domain:'));
  const companyIds = latestAt.map(([companyId]) => companyId);
  const active = new Set(await deps.onboardings.listActiveCompanyIds(portalId, companyIds));
  const flushAt = toFlushWindowEnd(deps.clock.now(), deps.flushIntervalMs);
  const requests = latestAt
    .filter(([companyId]) => active.has(companyId))
    .map(([companyId, latest]) => toReassessRequest(portalId, companyId, flushAt, latest));
  if (requests.length > 0) await deps.inbox.append(requests, flushAt);

  const domains = events.flatMap((event) => (event.company.by === 'domain' ? [event.company.domain] : []));
  return {
    accepted,
    duplicates,
    unknownCompanyIds: companyIds.filter((companyId) => !active.has(companyId)),
    unresolvedDomains: [...new Set(domains)].filter((domain) => !domainIds.has(domain)),
  };
}

async function resolveDomainIds(
  deps: RecordUsageDeps,
  portalId: string,
  events: readonly ParsedUsageEvent[],
): Promise<ReadonlyMap<string, string>> {
  const domains = [
    ...new Set(events.flatMap((event) => (event.company.by === 'domain' ? [event.company.domain] : []))),
  ];
  if (domains.length === 0) return new Map();
  return deps.activity.findCompanyIdsByDomain(portalId, domains);
}

function toUsageEventInput(event: ParsedUsageEvent, domainIds: ReadonlyMap<string, string>): UsageEventInput {
  const companyId =
    event.company.by === 'id'
      ? event.company.companyId
      : (domainIds.get(event.company.domain) ?? toDomainCompanyKey(event.company.domain));
  const base = { eventId: event.eventId, companyId, at: event.at, userId: event.userId };
  return event.kind === 'login' || event.feature === null
    ? { ...base, kind: 'login' }
    : { ...base, kind: 'feature_use', feature: event.feature };
}

/** The latest event of each company in the batch, companies in order of first appearance (one pass over the batch). */
function toLatestAtPerCompany(usage: readonly UsageEventInput[]): Map<string, Instant> {
  const latestAt = new Map<string, Instant>();
  for (const event of usage) {
    const latest = latestAt.get(event.companyId);
    if (latest === undefined || event.at > latest) latestAt.set(event.companyId, event.at);
  }
  return latestAt;
}

/** Keyed by company and window, so every later batch of the same window is a duplicate in the inbox. */
function toReassessRequest(portalId: string, companyId: string, flushAt: Instant, latest: Instant): InboxEventInput {
  return {
    portalId,
    source: 'usage',
    eventId: `usage:${companyId}:${flushAt}`,
    kind: inboxKind.usageRecorded,
    companyId,
    occurredAt: latest,
    payload: { flushAt },
  };
}
