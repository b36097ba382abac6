import { setTimeout as delay } from 'node:timers/promises';
import { createHubSpotCrmGateway } from '../server/src/hubspot/create-hubspot-crm-gateway.ts';
import { createPortalClient } from '../server/src/hubspot/client/create-portal-client.ts';
import type { PortalClient } from '../server/src/hubspot/client/create-portal-client.ts';
import type { LiftoffObjectTypes } from '../server/src/hubspot/reads/liftoff-object-type-cache.ts';
import { DEFAULT_REQUEST_BUDGET } from '../server/src/hubspot/client/request-budget.ts';
import type { CompanyOnboardingFields, WritePlan } from '../server/src/onboarding/ports/crm-gateway.ts';
import type { Bench, BenchRow } from './bench.ts';
import { buildSimulatedCompanyIds } from '../testing/simulated-hubspot/build-simulated-portfolio.ts';
import { refreshNaively } from './support/refresh-naively.ts';
import { startSimulatedHubSpotWorker } from '../testing/simulated-hubspot/start-simulated-hubspot-worker.ts';
import type { SimulatedHubSpotWorker } from '../testing/simulated-hubspot/start-simulated-hubspot-worker.ts';

/**
 * The HubSpot adapter against the simulated HubSpot (loopback HTTP on its own thread, HubSpot's budgets on a
 * scaled window, 429 past them): a full refresh of N companies (5 contacts, 20 engagements, 3 tickets, 10 Liftoff
 * records each), a naive one-request-per-record client on a sample, a write-back of every company, the same
 * write-back with nothing changed, and an incremental refresh with nothing changed since the watermark.
 *
 * Minimum of a phase = when a client spending the same burst-lane calls at the full budget could be done (association
 * batch reads are exempt from the burst budget, at HubSpot and in the simulator): `limit` calls may start at once and
 * `limit` more each window, so the last starts after ⌊(calls − 1) ÷ limit⌋ windows and is
 * answered one call's service time later. The service time and the no-budget throughput of client + simulator
 * (the concurrency/latency floor) are measured in the same run; the window is scaled so that floor stays well
 * under the budget's pace, otherwise the bench would measure this machine rather than the budget.
 */

const portalId = '4242';
/** HubSpot's windows (10 s burst, 1 s search) shortened ×1/5: the whole bench at 1k and 10k runs in about 80 s. */
const scale = 5;
const burstWindowMs = DEFAULT_REQUEST_BUDGET.burstWindowMs / scale;
const searchWindowMs = DEFAULT_REQUEST_BUDGET.searchWindowMs / scale;
/** The simulator enforces HubSpot's limits; the client spends its configured budget of them. */
const serverLimits = { burstLimit: DEFAULT_REQUEST_BUDGET.burstLimit, searchLimit: DEFAULT_REQUEST_BUDGET.searchLimit };
const clientBurstLimit = DEFAULT_REQUEST_BUDGET.burstLimit - DEFAULT_REQUEST_BUDGET.burstHeadroom;
const objectTypes: LiftoffObjectTypes = { criterion: '2-101', milestone: '2-102', signal: '2-103' };
const liftoffTypes = Object.values(objectTypes).filter((type): type is string => type !== null);
const seededAt = Date.UTC(2026, 2, 1);
const naiveSample = 10;
const probeSize = 1_000;
const unlimited = Number.MAX_SAFE_INTEGER;

const targets = {
  callsPerCompany: 0.5,
  incrementalCalls: 20,
  unchangedWriteCalls: 0,
  wallOverMinimum: 1.1,
};

interface Floor {
  /** Wall time per call with no budget at the client's concurrency: the throughput limit of client + simulator. */
  msPerCall: number;
  /** One batch read of 100 records alone (median of 5). */
  readMs: number;
  /** One incremental refresh with no budget (its searches run 2 at a time), median of 5. */
  searchMs: number;
}

function buildFields(day: number): Partial<CompanyOnboardingFields> {
  return {
    day,
    healthScore: 71,
    riskLevel: 'medium',
    openSignals: 1,
    openSignalTypes: ['single_threaded'],
    nextAction: 'Meet the end users',
  };
}

async function timeIt<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

async function countCalls<T>(client: PortalClient, work: () => Promise<T>) {
  const before = client.stats();
  const timed = await timeIt(work);
  const after = client.stats();
  return {
    ...timed,
    calls: after.calls - before.calls,
    burstCalls: after.byLane.burst - before.byLane.burst,
    rateLimited: after.rateLimited - before.rateLimited,
  };
}

/**
 * A client that never lets more than `limit` calls reach HubSpot in a window, whatever the latency, counts a
 * call until a window after its answer: so `limit` calls start at once, the next `limit` one window and one
 * service time later, and so on. Or the machine's own throughput, if slower.
 */
function toMinimumMs(calls: number, limit: number, windowMs: number, serviceMs: number, msPerCall: number): number {
  if (calls === 0) return 0;
  const budgetMs = Math.floor((calls - 1) / limit) * (windowMs + serviceMs) + serviceMs;
  return Math.max(budgetMs, calls * msPerCall);
}

async function medianMs(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 5; run += 1) times.push((await timeIt(work)).ms);
  return times.sort((a, b) => a - b)[2] ?? 0;
}

/**
 * Client + simulator with no budget on the first 1,000 companies, the same concurrency: run twice (the first warms
 * both threads' JIT, so the measured run that follows does not pay for it), then one batch read and one search
 * alone.
 */
async function measureFloor(simulated: SimulatedHubSpotWorker, companyIds: readonly string[]): Promise<Floor> {
  const client = createPortalClient({
    portalId,
    accessToken: 'bench-token',
    basePath: simulated.baseUrl,
    budget: { burstLimit: unlimited, burstHeadroom: 0, searchLimit: unlimited },
  });
  const gateway = createHubSpotCrmGateway({ client, liftoffObjectTypes: objectTypes });
  const probeIds = companyIds.slice(0, probeSize);
  await gateway.readCompanyContexts(probeIds);
  const throughput = await countCalls(client, () => gateway.readCompanyContexts(probeIds));
  const contactIds = probeIds.slice(0, 20).flatMap((id) => [0, 1, 2, 3, 4].map((k) => `${id}0${k}`));
  // POST /crm/v3/objects/contacts/batch/read: 100 ids, the typical call of a refresh.
  const readMs = await medianMs(() =>
    client.call('burst', 'probe.contacts.read', (sdk) =>
      sdk.crm.objects.batchApi.read('contacts', {
        inputs: contactIds.map((id) => ({ id })),
        properties: ['firstname', 'lastname'],
        propertiesWithHistory: [],
      }),
    ),
  );
  const searchMs = await medianMs(() => gateway.findChangedCompanies(seededAt + 1).then(() => undefined));
  return { msPerCall: throughput.ms / throughput.calls, readMs, searchMs: searchMs };
}

async function measure(size: number, label: string): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const simulated = await startSimulatedHubSpotWorker({
    server: { burstLimit: unlimited, searchLimit: unlimited },
    portfolio: { size, portalId, objectTypes, seededAt },
  });
  const companyIds = buildSimulatedCompanyIds(size);
  const floor = await measureFloor(simulated, companyIds);
  await simulated.setLimits({ ...serverLimits, burstWindowMs, searchWindowMs });
  const client = createPortalClient({
    portalId,
    accessToken: 'bench-token',
    basePath: simulated.baseUrl,
    budget: { burstWindowMs, searchWindowMs },
  });
  const gateway = createHubSpotCrmGateway({ client, liftoffObjectTypes: objectTypes });
  /** Only burst-lane calls spend the burst budget; every call, exempt ones included, costs the machine's pace. */
  const burstMinimum = (burstCalls: number, calls: number) =>
    Math.max(toMinimumMs(burstCalls, clientBurstLimit, burstWindowMs, floor.readMs, 0), calls * floor.msPerCall);
  /** Each phase starts with the budget's window empty, as its minimum assumes. */
  const settle = () => delay(burstWindowMs);

  const refresh = await countCalls(client, () => gateway.readCompanyContexts(companyIds));
  if (refresh.value.length !== size) throw new Error(`refreshed ${refresh.value.length} of ${size}`);
  await settle();
  const naive = await countCalls(client, () => refreshNaively(client, liftoffTypes, companyIds.slice(0, naiveSample)));
  await settle();

  const plan = (known: Partial<CompanyOnboardingFields>): WritePlan => ({
    companies: companyIds.map((id) => ({ id, known, desired: buildFields(12) })),
    deals: [],
    stakeholders: [],
    criteria: [],
    milestones: [],
    signals: [],
  });
  const write = await countCalls(client, () => gateway.applyWritePlan(plan({})));
  if (write.value.some((result) => !result.ok)) throw new Error('write-back failed');
  const unchanged = await countCalls(client, () => gateway.applyWritePlan(plan(buildFields(12))));
  await settle();
  const incremental = await countCalls(client, () => gateway.findChangedCompanies(seededAt + 1));
  if (incremental.value.companyIds.length !== 0) throw new Error('nothing changed, yet companies were found');
  const server = await simulated.stats();
  await simulated.close();

  const refreshPerCompany = refresh.calls / size;
  const naivePerCompany = naive.calls / naiveSample;
  const refreshMinimum = burstMinimum(refresh.burstCalls, refresh.calls);
  const searchServiceMs = floor.searchMs / incremental.calls;
  const incrementalMinimum = toMinimumMs(
    incremental.calls,
    serverLimits.searchLimit,
    searchWindowMs,
    searchServiceMs,
    0,
  );
  const rows: BenchRow[] = [
    {
      label: `${label} client + simulator with no budget: wall time per call`,
      value: floor.msPerCall,
      unit: 'ms/call',
      baseline: { label: 'budgeted pace', value: burstWindowMs / clientBurstLimit },
    },
    {
      label: `${label} full refresh: calls per company`,
      value: refreshPerCompany,
      unit: 'calls/company',
      baseline: { label: 'naive client', value: naivePerCompany },
    },
    { label: `${label} full refresh: 429s`, value: refresh.rateLimited, unit: '429s' },
    {
      label: `${label} full refresh: wall time`,
      value: refresh.ms,
      unit: 'ms',
      baseline: { label: 'budget-limited minimum', value: refreshMinimum },
    },
    {
      label: `${label} naive client (sample of ${naiveSample}): wall time per company`,
      value: naive.ms / naiveSample,
      unit: 'ms/company',
      baseline: { label: 'batched', value: refresh.ms / size },
    },
    {
      label: `${label} write-back: calls per company`,
      value: write.calls / size,
      unit: 'calls/company',
    },
    {
      label: `${label} write-back: wall time`,
      value: write.ms,
      unit: 'ms',
      baseline: { label: 'budget-limited minimum', value: burstMinimum(write.burstCalls, write.calls) },
    },
    { label: `${label} write-back with nothing changed: calls`, value: unchanged.calls, unit: 'calls' },
    { label: `${label} incremental refresh, nothing changed: calls`, value: incremental.calls, unit: 'calls' },
    {
      label: `${label} incremental refresh: wall time`,
      value: incremental.ms,
      unit: 'ms',
      baseline: { label: 'search-budget minimum', value: incrementalMinimum },
    },
    { label: `${label} 429s over the run`, value: server.rateLimited, unit: '429s' },
  ];
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const notes = [
    `${label}: full refresh ${refreshPerCompany.toFixed(3)} calls/company (≤ ${targets.callsPerCompany}) ${verdict(refreshPerCompany <= targets.callsPerCompany)}; ` +
      `incremental ${incremental.calls} calls (≤ ${targets.incrementalCalls}) ${verdict(incremental.calls <= targets.incrementalCalls)}; ` +
      `unchanged write-back ${unchanged.calls} calls ${verdict(unchanged.calls === targets.unchangedWriteCalls)}; ` +
      `429s ${server.rateLimited} at the simulator, ${client.stats().rateLimited} seen by the client ${verdict(server.rateLimited === 0)}; ` +
      `full refresh wall ${(refresh.ms / refreshMinimum).toFixed(2)}× minimum (≤ ${targets.wallOverMinimum}) ${verdict(refresh.ms <= refreshMinimum * targets.wallOverMinimum)}. ` +
      `Busiest burst window at the simulator: ${server.busiestWindow} of ${serverLimits.burstLimit}.`,
  ];
  return { rows, notes };
}

const sizes = (process.env['HUBSPOT_BENCH_SIZES'] ?? '1000,10000').split(',').map(Number);

const bench: Bench = {
  name: 'hubspot',
  async run() {
    const rows: BenchRow[] = [];
    const notes: string[] = [];
    for (const size of sizes) {
      const measured = await measure(size, size >= 1000 ? `${size / 1000}k` : String(size));
      rows.push(...measured.rows);
      notes.push(...measured.notes);
    }
    return {
      rows,
      notes: [
        `Simulated HubSpot on 127.0.0.1 in a worker thread, enforcing HubSpot's limits on windows scaled ×1/${scale}: ${serverLimits.burstLimit} calls per ${burstWindowMs} ms (association batch reads exempt, as HubSpot's OpenAPI says), search ${serverLimits.searchLimit} per ${searchWindowMs} ms; 429 past either. The client budgets ${clientBurstLimit} burst calls per window and ${serverLimits.searchLimit} searches, each counted until a window after its answer; association batch reads go through its exempt lane (concurrency ${DEFAULT_REQUEST_BUDGET.exemptConcurrency}, no window).`,
        "Minimum = ⌊(burst calls − 1) ÷ limit⌋ × (window + one call's service time) + one service time (only burst-lane calls count against the burst budget), or all calls × the no-budget time per call if larger; service times and the no-budget pace are measured on the same simulator just before (which also warms it). The no-budget row's ratio is the share of the budget's pace the machine itself needs: well under 1, the budget is what limits.",
        ...notes,
      ],
    };
  },
};

export default bench;
