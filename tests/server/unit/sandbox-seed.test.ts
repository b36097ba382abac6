import { beforeAll, describe, expect, it } from 'vitest';
import { signalTypes } from '@liftoff/shared/domain/index';
import type { SignalType } from '@liftoff/shared/domain/index';
import { seedDemoPortal } from '../../../server/src/cli/seed-demo-portal.ts';
import { createLogger } from '../../../server/src/logger.ts';
import type { Store } from '../../../server/src/onboarding/ports/index.ts';
import { createSandboxCrm } from '../../../server/src/sandbox/create-sandbox-crm.ts';
import { createSandboxPortal, DEFAULT_SANDBOX_SIZE } from '../../../server/src/sandbox/create-sandbox-portal.ts';
import { createSimulatedClock } from '../../../server/src/sandbox/create-simulated-clock.ts';
import { toPortfolioSummary } from '../../../server/src/sandbox/to-portfolio-summary.ts';
import { createSqliteStore } from '../../../server/src/store/sqlite/create-sqlite-store.ts';

const now = Date.UTC(2026, 2, 2, 9);
const PORTAL = '4815162';
const sandboxDir = '/server/src/sandbox/';

/** A store call and the source file that made it (the first frame outside this test's recording proxy). */
interface StoreCall {
  method: string;
  caller: string;
}

/** Wraps every method of every part of the store, recording who calls it. */
function recordCalls(store: Store, calls: StoreCall[]): Store {
  const wrap = <T extends object>(part: string, target: T): T =>
    new Proxy(target, {
      get(object, key) {
        const value: unknown = Reflect.get(object, key);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const frames = (new Error().stack ?? '').split('\n').slice(2);
          const caller = frames.find((frame) => !frame.includes('sandbox-seed.test.ts')) ?? '';
          calls.push({ method: `${part}.${String(key)}`, caller });
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      },
    });
  return Object.fromEntries(
    Object.entries(store).map(([part, value]) => [
      part,
      typeof value === 'object' && value !== null ? wrap(part, value) : value,
    ]),
  ) as unknown as Store;
}

/** Replays the sandbox script of (seed, size) into a new in-memory store and reads back what it holds. */
async function replaySandbox(options: { size?: number; calls?: StoreCall[] } = {}) {
  const clock = createSimulatedClock({ start: now, speed: 1, realClock: { now: () => now } });
  const sqlite = await createSqliteStore({ path: ':memory:', clock });
  const store = options.calls === undefined ? sqlite : recordCalls(sqlite, options.calls);
  const script = createSandboxPortal({ seed: 42, size: options.size, now });
  const crm = createSandboxCrm(script.records, clock);
  const report = await seedDemoPortal({ store, crm, clock, logger: createLogger({ level: 'silent' }) }, script, {
    portalId: PORTAL,
    usageApiKeyHash: 'hash',
    usageKeyLastFour: 'abcd',
    usageFlushIntervalMs: 60_000,
  });
  const assessments = await sqlite.assessments.list(PORTAL);
  const stored = await sqlite.onboardings.list(
    PORTAL,
    assessments.map((a) => a.companyId),
  );
  return { script, report, crm, assessments, stored, records: crm.readRecords() };
}

describe('the demo portal, replayed from its script through the service', () => {
  let seeded: Awaited<ReturnType<typeof replaySandbox>>;
  beforeAll(async () => {
    seeded = await replaySandbox();
  }, 120_000);

  it('is a deterministic script per seed, whose every step the service accepts', () => {
    expect(createSandboxPortal({ seed: 42, size: 27, now })).toEqual(createSandboxPortal({ seed: 42, size: 27, now }));
    expect(createSandboxPortal({ seed: 43, size: 27, now })).not.toEqual(
      createSandboxPortal({ seed: 42, size: 27, now }),
    );
    expect(seeded.report).toMatchObject({ refused: [], parked: 0 });
    expect(seeded.script.steps.every((step, i, all) => i === 0 || (all[i - 1]?.at ?? 0) <= step.at)).toBe(true);
  });

  it('starts every onboarding from its closed-won deal, and holds healthy, completed, churned and abandoned ones in several cohorts', () => {
    const { stored, assessments, records } = seeded;
    expect(stored).toHaveLength(DEFAULT_SANDBOX_SIZE);
    expect(records.deals.filter((deal) => deal.stageId === 'closedwon')).toHaveLength(DEFAULT_SANDBOX_SIZE);
    const statuses = new Set(stored.map((entry) => entry.onboarding.status));
    expect(statuses).toEqual(new Set(['in_progress', 'completed', 'churned', 'abandoned']));
    expect(
      stored
        .filter((entry) => entry.onboarding.status === 'completed')
        .every((e) => e.onboarding.outcomeReason === null),
    ).toBe(true);
    expect(assessments.filter((a) => a.riskLevel === 'low' && a.signals.length === 0).length).toBeGreaterThan(5);
    expect(new Set(assessments.map((a) => a.phase))).toEqual(
      new Set(['kickoff', 'activation', 'adoption', 'value_review', 'overdue', 'completed']),
    );
    const months = new Set(stored.map((entry) => new Date(entry.onboarding.startDate).getUTCMonth()));
    expect(months.size).toBeGreaterThanOrEqual(4);
  });

  it('raises every signal type a card and HubSpot can lead to, some acknowledged or snoozed by the CSM', () => {
    const raised = new Set(seeded.assessments.flatMap((a) => a.signals.map((s) => s.type)));
    // More than five first-week steps needs a playbook with them: the portal's one template has four.
    const unreachable: SignalType[] = ['complex_first_week'];
    expect(signalTypes.filter((type) => !raised.has(type))).toEqual(unreachable);
    const handled = new Set(seeded.stored.flatMap((entry) => entry.onboarding.signals.map((s) => s.status)));
    expect(handled).toEqual(expect.objectContaining(new Set(['open', 'acknowledged', 'snoozed'])));
  });

  it('writes the assessments back to the sandbox: company properties and one signal record per company and type', () => {
    const { records, assessments } = seeded;
    const risky = assessments.find((a) => a.signals.length > 0);
    const company = records.companies.find((c) => c.id === risky?.companyId);
    expect(company?.fields).toMatchObject({ riskLevel: risky?.riskLevel, healthScore: risky?.healthScore });
    const open = assessments.flatMap((a) => a.signals.map((s) => `${a.companyId}:${s.type}`));
    const recorded = new Set(records.signals.filter((s) => s.record.status !== 'resolved').map((s) => s.record.key));
    expect(open.filter((key) => !recorded.has(key))).toEqual([]);
  });

  it('summarises risk counts, the ten most at-risk companies with evidence, and cohort activation', () => {
    const { assessments, stored } = seeded;
    const summary = toPortfolioSummary({ assessments, onboardings: stored.map((entry) => entry.onboarding) });
    expect(summary).toMatch(/Portfolio: 81 onboardings — critical \d+ · high \d+ · medium \d+ · low \d+/);
    const topLines = summary.split('\n').filter((line) => /^ {2}\d{4} /.test(line));
    expect(topLines).toHaveLength(10);
    expect(topLines[0]).toContain('critical');
    expect(summary).toMatch(/COHORT\s+SIZE\s+D30\s+D60\s+D90/);
  });
});

describe('the demo portal is its script, nothing else', () => {
  it('gives the same store and the same HubSpot portal each time its script is replayed', async () => {
    const first = await replaySandbox({ size: 27 });
    const second = await replaySandbox({ size: 27 });
    expect(second.stored).toEqual(first.stored);
    expect(second.assessments).toEqual(first.assessments);
    expect(second.records).toEqual(first.records);
  }, 120_000);

  it('writes to the store only through the service: the sandbox never calls the store, the seed only installs the portal', async () => {
    const calls: StoreCall[] = [];
    await replaySandbox({ size: 27, calls });
    expect(calls.length).toBeGreaterThan(1000);
    expect(calls.filter((call) => call.caller.includes(sandboxDir))).toEqual([]);
    const bySeed = new Set(calls.filter((call) => call.caller.includes('seed-demo-portal.ts')).map((c) => c.method));
    expect(bySeed).toEqual(new Set(['portalSettings.setMode', 'portalSettings.get', 'portalSettings.put']));
  }, 120_000);
});
