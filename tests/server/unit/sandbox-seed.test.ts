import { beforeAll, describe, expect, it } from 'vitest';
import { phases, signalTypes } from '@liftoff/shared/domain/index';
import { createSandboxCrm } from '../../../server/src/sandbox/create-sandbox-crm.ts';
import { createSandboxPortal, DEFAULT_SANDBOX_SIZE } from '../../../server/src/sandbox/create-sandbox-portal.ts';
import { seedSandboxStore } from '../../../server/src/sandbox/seed-sandbox-store.ts';
import { toPortfolioSummary } from '../../../server/src/sandbox/to-portfolio-summary.ts';
import { createTestStore, PORTAL } from '../../support/create-test-store.ts';

const now = Date.UTC(2026, 2, 2, 9);

async function seedSandbox() {
  const { store, clock } = await createTestStore();
  clock.set(now);
  const portal = createSandboxPortal({ seed: 42, now });
  const crm = createSandboxCrm(portal.records, clock);
  const assessed = await seedSandboxStore({ store, crm, clock }, portal, { portalId: PORTAL, usageApiKeyHash: 'h' });
  const assessments = await store.assessments.list(PORTAL);
  return { store, crm, portal, assessed, assessments };
}

describe('seeding the sandbox store through the worker path', () => {
  let seeded: Awaited<ReturnType<typeof seedSandbox>>;
  beforeAll(async () => {
    seeded = await seedSandbox();
  });

  it('is deterministic per seed', () => {
    expect(createSandboxPortal({ seed: 42, now })).toEqual(createSandboxPortal({ seed: 42, now }));
    expect(createSandboxPortal({ seed: 43, now })).not.toEqual(createSandboxPortal({ seed: 42, now }));
  });

  it('assesses at least 60 companies over every phase, healthy and completed ones, in several cohorts', async () => {
    const { assessed, assessments, portal } = seeded;
    expect(DEFAULT_SANDBOX_SIZE).toBeGreaterThanOrEqual(60);
    expect(assessed).toHaveLength(DEFAULT_SANDBOX_SIZE);
    expect(new Set(assessments.map((a) => a.phase))).toEqual(new Set(phases));
    expect(assessments.filter((a) => a.riskLevel === 'low' && a.signals.length === 0).length).toBeGreaterThan(5);
    const months = new Set(portal.onboardings.map(({ onboarding }) => new Date(onboarding.startDate).getUTCMonth()));
    expect(months.size).toBeGreaterThanOrEqual(4);
  });

  it('raises every signal type of docs/PRODUCT.md §4 somewhere in the portfolio', async () => {
    const { assessments } = seeded;
    const raised = new Set(assessments.flatMap((a) => a.signals.map((s) => s.type)));
    expect([...signalTypes].filter((type) => !raised.has(type))).toEqual([]);
  });

  it('writes the assessments back to the sandbox: company properties and one signal record per company and type', async () => {
    const { crm, assessments } = seeded;
    const records = crm.readRecords();
    const risky = assessments.find((a) => a.signals.length > 0);
    const company = records.companies.find((c) => c.id === risky?.companyId);
    expect(company?.fields).toMatchObject({ riskLevel: risky?.riskLevel, healthScore: risky?.healthScore });
    const openSignals = assessments.reduce((sum, a) => sum + a.signals.length, 0);
    expect(records.signals).toHaveLength(openSignals);
  });

  it('summarises risk counts, the ten most at-risk companies with evidence, and cohort activation', async () => {
    const { assessments, portal } = seeded;
    const summary = toPortfolioSummary({ assessments, onboardings: portal.onboardings.map((o) => o.onboarding) });
    expect(summary).toMatch(/Portfolio: 81 onboardings — critical \d+ · high \d+ · medium \d+ · low \d+/);
    const topLines = summary.split('\n').filter((line) => /^ {2}\d{4} /.test(line));
    expect(topLines).toHaveLength(10);
    expect(topLines[0]).toContain('critical');
    expect(summary).toMatch(/COHORT\s+SIZE\s+D30\s+D60\s+D90/);
  });
});
