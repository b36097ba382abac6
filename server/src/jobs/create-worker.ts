import PQueue from 'p-queue';
import type { Logger } from '../logger.ts';
import type { CrmGateway } from '../onboarding/ports/crm-gateway.ts';
import { isRetryableSyncError } from '../onboarding/sync/sync-error.ts';
import type { Clock, InboxEvent, Store } from '../onboarding/ports/index.ts';
import { createPollingLoop } from './create-polling-loop.ts';
import { DEFAULT_EVENT_RETRY_POLICY, decideEventRetry } from './decide-event-retry.ts';
import type { EventRetryPolicy } from './decide-event-retry.ts';
import { decideJob } from './decide-job.ts';
import { runJobs } from './run-jobs.ts';
import { yieldToEventLoop } from '../yield-to-event-loop.ts';

export interface WorkerOptions {
  store: Pick<
    Store,
    | 'inbox'
    | 'onboardings'
    | 'activity'
    | 'assessments'
    | 'portfolioRows'
    | 'history'
    | 'syncState'
    | 'portalSettings'
    | 'handoffs'
    | 'owners'
  >;
  /** The CRM of a portal; null for a portal this deployment does not serve (its events are parked). */
  crmFor: (portalId: string) => CrmGateway | null;
  clock: Clock;
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
  /** Events claimed per drain. */
  batchSize?: number;
  /** How long a claim holds; a crashed worker's events are claimed again once it expires. */
  leaseMs?: number;
  /** Company groups processed at once per portal (bounds the HubSpot calls in flight on top of the client's queue). */
  concurrencyPerPortal?: number;
  /** Pause of the loop when the inbox has nothing due. */
  idleDelayMs?: number;
  retryPolicy?: EventRetryPolicy;
}

export interface DrainReport {
  claimed: number;
  completed: number;
  retried: number;
  parked: number;
  released: number;
}

export interface Worker {
  /** Claims one batch, processes it and settles every event (done, retried, parked or released); for tests. */
  drainOnce(): Promise<DrainReport>;
  start(): void;
  /** Stops claiming; groups already running finish, claimed groups not yet started are released untouched. */
  stop(): Promise<void>;
}

/** A company's events are one group (one refresh, one write-back); pulls of a portal are one group too. */
function toGroupKey(event: InboxEvent): string {
  if (event.companyId !== null) return `company:${event.portalId}:${event.companyId}`;
  if (decideJob(event).kind === 'pull_changes') return `pull:${event.portalId}`;
  return `event:${event.id}`;
}

/** A group about one known company; the others (pulls, deal events) may touch any company. */
function isCompanyGroup(group: readonly InboxEvent[]): boolean {
  return group[0]?.companyId !== null;
}

function groupEvents(events: readonly InboxEvent[]): InboxEvent[][] {
  const groups = new Map<string, InboxEvent[]>();
  for (const event of events) {
    const key = toGroupKey(event);
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  return [...groups.values()].map((group) => group.sort((a, b) => a.occurredAt - b.occurredAt || a.id - b.id));
}

/** What `npm run inbox` shows for the events of a company HubSpot does not know. */
function toCompanyNotFoundMessage(companyId: string): string {
  return `company_not_found: HubSpot does not know company ${companyId}; its onboarding is parked and no longer synced`;
}

function toErrorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * The sync worker (docs/ARCHITECTURE.md §3): drains the durable inbox with bounded concurrency per portal. Each claimed
 * company group runs its jobs once; on failure every event of the group is retried with backoff, then parked with
 * its error after the policy's attempts: never silently dropped. Events are marked done only after their effect
 * is stored, so a crash at any point leaves them to be claimed again when their lease expires.
 */
export function createWorker(options: WorkerOptions): Worker {
  const { store, clock, logger } = options;
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 60_000;
  const concurrency = options.concurrencyPerPortal ?? 4;
  const idleDelayMs = options.idleDelayMs ?? 1_000;
  const retryPolicy = options.retryPolicy ?? DEFAULT_EVENT_RETRY_POLICY;
  let stopping = false;

  async function settleFailure(group: readonly InboxEvent[], message: string, retryable: boolean, report: DrainReport) {
    const now = clock.now();
    for (const event of group) {
      const retryAt = retryable ? decideEventRetry(event.attempts, now, retryPolicy) : null;
      await store.inbox.fail(event.id, message, retryAt);
      if (retryAt === null) report.parked += 1;
      else report.retried += 1;
    }
    logger.warn({ eventIds: group.map((event) => event.eventId), error: message }, 'inbox events failed');
  }

  async function processGroup(group: readonly InboxEvent[], report: DrainReport): Promise<void> {
    // One company's jobs at a time between two turns of the event loop, so requests are answered during a storm.
    await yieldToEventLoop();
    const ids = group.map((event) => event.id);
    if (stopping) {
      await store.inbox.release(ids);
      report.released += ids.length;
      return;
    }
    const portalId = group[0]?.portalId ?? '';
    const crm = options.crmFor(portalId);
    if (crm === null) {
      // Retrying cannot help an event for a portal this deployment has no token for: park it for an operator.
      for (const id of ids) await store.inbox.fail(id, `unknown_portal: portal ${portalId} is not served here`, null);
      report.parked += ids.length;
      return;
    }
    try {
      const result = await runJobs({ store, crm, clock }, portalId, group.map(decideJob));
      if (!result.ok) {
        const { code, message } = result.error;
        await settleFailure(group, `${code}: ${message}`, isRetryableSyncError(code), report);
        return;
      }
      const companyId = group[0]?.companyId ?? null;
      if (companyId !== null && result.value.parked.includes(companyId)) {
        // Retrying cannot make HubSpot know the company: park the events for an operator, as the onboarding is.
        await settleFailure(group, toCompanyNotFoundMessage(companyId), false, report);
        return;
      }
      await store.inbox.complete(ids);
      report.completed += ids.length;
      logger.info({ portalId, events: ids.length, ...result.value }, 'inbox events applied');
    } catch (error) {
      await settleFailure(group, toErrorMessage(error), true, report);
    }
  }

  async function drainOnce(): Promise<DrainReport> {
    const events = await store.inbox.claim(batchSize, clock.now(), leaseMs);
    const report: DrainReport = { claimed: events.length, completed: 0, retried: 0, parked: 0, released: 0 };
    const groups = groupEvents(events);
    // A pull or a deal's start reaches companies known only once it runs, so it could write a company back while
    // that company's own group does: both would create the same new signal record. They run first, one at a time.
    for (const group of groups.filter((candidate) => !isCompanyGroup(candidate))) await processGroup(group, report);
    const queues = new Map<string, PQueue>();
    await Promise.all(
      groups.filter(isCompanyGroup).map((group) => {
        const portalId = group[0]?.portalId ?? '';
        const queue = queues.get(portalId) ?? new PQueue({ concurrency });
        queues.set(portalId, queue);
        return queue.add(() => processGroup(group, report));
      }),
    );
    return report;
  }

  const loop = createPollingLoop({
    round: async () => {
      const report = await drainOnce().catch((error: unknown) => {
        logger.error({ err: error }, 'inbox drain failed');
        return null;
      });
      return report !== null && report.claimed > 0;
    },
    pauseMs: idleDelayMs,
    sleep: options.sleep,
  });

  return {
    drainOnce,
    start() {
      stopping = false;
      loop.start();
    },
    async stop() {
      stopping = true;
      await loop.stop();
    },
  };
}
