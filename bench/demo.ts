import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoPortal } from '../server/src/cli/seed-demo-portal.ts';
import { runJobs } from '../server/src/jobs/run-jobs.ts';
import { createLogger } from '../server/src/logger.ts';
import { createSandboxCrm } from '../server/src/sandbox/create-sandbox-crm.ts';
import { createSandboxPortal } from '../server/src/sandbox/create-sandbox-portal.ts';
import { createSimulatedClock } from '../server/src/sandbox/create-simulated-clock.ts';
import { toPortfolioSummary } from '../server/src/sandbox/to-portfolio-summary.ts';
import { createSqliteStore } from '../server/src/store/sqlite/create-sqlite-store.ts';
import type { Bench, BenchRow } from './bench.ts';

/**
 * `npm run demo`'s start on one core: from the seeded script (seed 42, 81 onboardings) to the printed portfolio
 * summary, i.e. the script built, replayed through the service into a SQLite file in WAL mode (as the demo's), and
 * the summary read back; the service's own start (HTTP, worker loops) is left out. The baseline, in the same run
 * on the seeded store, is one re-assessment of every onboarding by the worker's jobs (what one sweep costs), so
 * the ratio says how many sweeps' worth of work the whole replayed history is.
 */

const PORTAL_ID = '4815162';
const now = Date.UTC(2026, 2, 2, 9);

const run = async (): Promise<{ rows: BenchRow[]; notes: string[] }> => {
  const dir = mkdtempSync(join(tmpdir(), 'liftoff-bench-demo-'));
  try {
    const clock = createSimulatedClock({ start: now, speed: 1, realClock: { now: () => Date.now() } });
    const store = await createSqliteStore({ path: join(dir, 'demo.db'), clock });
    const started = performance.now();
    const script = createSandboxPortal({ seed: 42, now });
    const crm = createSandboxCrm(script.records, clock);
    const report = await seedDemoPortal({ store, crm, clock, logger: createLogger({ level: 'silent' }) }, script, {
      portalId: PORTAL_ID,
      usageApiKeyHash: 'bench',
      usageKeyLastFour: 'nch0',
      usageFlushIntervalMs: 60_000,
    });
    const assessments = await store.assessments.list(PORTAL_ID);
    const stored = await store.onboardings.list(
      PORTAL_ID,
      assessments.map((a) => a.companyId),
    );
    const summary = toPortfolioSummary({ assessments, onboardings: stored.map((entry) => entry.onboarding) });
    const toSummaryMs = performance.now() - started;
    if (!summary.startsWith(`Portfolio: ${script.records.deals.length - 1} onboardings`)) {
      throw new Error(`unexpected summary:\n${summary}`);
    }

    const sweepStarted = performance.now();
    const reassessed = await runJobs(
      { store, crm, clock },
      PORTAL_ID,
      assessments.map((a) => ({ kind: 'reassess', portalId: PORTAL_ID, companyId: a.companyId })),
    );
    const sweepMs = performance.now() - sweepStarted;
    if (!reassessed.ok) throw new Error(`re-assessment failed: ${reassessed.error.message}`);
    await store.close();

    const baseline = { label: 'one re-assessment of every onboarding', value: sweepMs };
    return {
      rows: [
        { label: 'demo: time to its summary', value: toSummaryMs, unit: 'ms', baseline },
        { label: 'one re-assessment of every onboarding', value: sweepMs, unit: 'ms' },
      ],
      notes: [
        `${script.steps.length} steps replayed (${report.sweeps} sweeps, ${report.refused.length} refused, ` +
          `${report.parked} parked) for ${assessments.length} onboardings.`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default { name: 'demo', run } satisfies Bench;
