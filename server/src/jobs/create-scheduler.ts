import type { Logger } from '../logger.ts';
import type { Clock, Store } from '../onboarding/ports/index.ts';
import { createPollingLoop } from './create-polling-loop.ts';
import { toSweepEvents } from './to-sweep-events.ts';

/**
 * How long the sweep keeps what it no longer needs. Done inbox rows stay 7 days so a redelivery (HubSpot retries
 * for up to a day or more) is still recognised as a duplicate; raw usage stays 120 days, the 90-day plan plus a
 * month overdue (first logins and first feature uses are kept apart, so "ever" rules survive the purge).
 */
export const retention = { doneEventsMs: 7 * 86_400_000, usageMs: 120 * 86_400_000, historyMs: 400 * 86_400_000 };

export interface SchedulerOptions {
  store: Pick<Store, 'inbox' | 'onboardings' | 'activity' | 'history'>;
  /** The portals this deployment serves (one with static auth). */
  portalIds: readonly string[];
  intervalMs: number;
  /** Assessment history older than this goes at each sweep (HISTORY_RETENTION_DAYS); 400 days by default. */
  historyRetentionMs?: number;
  clock: Clock;
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
}

export interface SweepReport {
  accepted: number;
  duplicates: number;
  purgedEvents: number;
  purgedUsage: number;
  purgedHistory: number;
}

export interface Scheduler {
  /** Enqueues one sweep now; for tests and the loop. */
  sweepOnce(): Promise<SweepReport>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * The clock flow (docs/ARCHITECTURE.md §3): every interval, enqueue a re-assessment of each active onboarding whose
 * assessment is older than the interval, plus an incremental pull of what HubSpot does not push. Time-based
 * signals (day-14 no login, overdue checkpoints, escalation by age) thus move with no event. It only enqueues;
 * the worker does the work, so a sweep is as durable and idempotent as any other event.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, clock, logger, intervalMs } = options;

  async function sweepOnce(): Promise<SweepReport> {
    const now = clock.now();
    const report: SweepReport = { accepted: 0, duplicates: 0, purgedEvents: 0, purgedUsage: 0, purgedHistory: 0 };
    for (const portalId of options.portalIds) {
      const due = await store.onboardings.listDueForReassessment(portalId, now - intervalMs);
      const result = await store.inbox.append(toSweepEvents(portalId, due, now, intervalMs), now);
      report.accepted += result.accepted;
      report.duplicates += result.duplicates;
    }
    report.purgedEvents = await store.inbox.purgeDone(now - retention.doneEventsMs);
    report.purgedUsage = await store.activity.purgeUsage(now - retention.usageMs);
    report.purgedHistory = await store.history.purge(now - (options.historyRetentionMs ?? retention.historyMs));
    logger.info(report, 'sweep enqueued');
    return report;
  }

  const loop = createPollingLoop({
    round: async () => {
      await sweepOnce().catch((error: unknown) => logger.error({ err: error }, 'sweep failed'));
      return false;
    },
    pauseMs: intervalMs,
    sleep: options.sleep,
  });

  return { sweepOnce, start: loop.start, stop: loop.stop };
}
