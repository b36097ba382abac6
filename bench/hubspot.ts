import { createHubSpotCrmGateway } from '../server/src/hubspot/create-hubspot-crm-gateway.ts';
import { createPortalClient } from '../server/src/hubspot/create-portal-client.ts';
import type { PortalClient } from '../server/src/hubspot/create-portal-client.ts';
import type { LiftoffObjectTypes } from '../server/src/hubspot/liftoff-object-type-cache.ts';
import { liftoffObjectNames } from '../server/src/hubspot/liftoff-schema.ts';
import type { CompanyOnboardingFields, WritePlan } from '../server/src/onboarding/crm-gateway.ts';
import type { Bench, BenchRow } from './bench.ts';
import { createSimulatedHubSpot } from './support/simulated-hubspot.ts';
import type { SimulatedAssociationInput, SimulatedDataset, SimulatedRecordInput } from './support/simulated-hubspot.ts';

/**
 * The HubSpot adapter against the simulated HubSpot (loopback HTTP, HubSpot's budgets on a scaled window):
 * a full refresh of N companies (≈5 contacts, 20 engagements, 3 tickets, 10 Liftoff records each), a write-back
 * of every company's properties, the same write-back with nothing changed, and an incremental refresh with
 * nothing changed since the watermark. A naive client (one request per record) is measured on a sample in the
 * same run. "Minimum" = burst-budgeted calls ÷ the client's budget per window × window: the fastest any client
 * spending that many calls could finish.
 */

const portalId = '4242';
/** 190 calls per 10 s scaled ×50: 190 per 200 ms; search 4 per 1 s scaled alike: 4 per 20 ms. */
const scale = 50;
const burstWindowMs = 10_000 / scale;
const searchWindowMs = 1_000 / scale;
const clientBudgetPerWindow = 190 - 10;
const objectTypes: LiftoffObjectTypes = { criterion: '2-101', milestone: '2-102', signal: '2-103' };
const seededAt = Date.UTC(2026, 2, 1);
const iso = (ms: number) => new Date(ms).toISOString();

function buildDataset(size: number): SimulatedDataset {
  const objects: Record<string, SimulatedRecordInput[]> = {};
  const associations: SimulatedAssociationInput[] = [];
  const add = (type: string, record: SimulatedRecordInput, companyId: string, typeId: number, label?: string) => {
    (objects[type] ??= []).push({ ...record, createdAt: seededAt, updatedAt: seededAt });
    const types = [{ category: 'HUBSPOT_DEFINED' as const, typeId }];
    if (label) types.push({ category: 'USER_DEFINED' as const, typeId: 900, label } as never);
    associations.push({ from: { type: 'companies', id: companyId }, to: { type, id: record.id }, types });
  };
  const labels = ['Economic decision maker', 'End user', 'Technical influencer', 'Sponsor', 'Validation owner'];
  for (let c = 0; c < size; c += 1) {
    const companyId = String(1_000_000 + c);
    (objects['companies'] ??= []).push({
      id: companyId,
      properties: { name: `Company ${c}`, domain: `c${c}.example` },
    });
    for (let k = 0; k < 5; k += 1) {
      add(
        'contacts',
        { id: `${companyId}0${k}`, properties: { firstname: 'Pat', lastname: `N${k}` } },
        companyId,
        280,
        labels[k],
      );
    }
    for (let k = 0; k < 20; k += 1) {
      const type = ['emails', 'calls', 'meetings'][k % 3] ?? 'emails';
      const properties = {
        hs_timestamp: iso(seededAt - k * 86_400_000),
        hs_email_direction: 'EMAIL',
        hs_call_status: 'COMPLETED',
      };
      add(
        type,
        { id: `${companyId}1${String(k).padStart(2, '0')}`, properties },
        companyId,
        { emails: 185, calls: 181, meetings: 187 }[type] ?? 185,
      );
    }
    for (let k = 0; k < 3; k += 1) {
      add(
        'tickets',
        { id: `${companyId}2${k}`, properties: { hs_pipeline_stage: k === 0 ? '4' : '1', hs_ticket_priority: 'HIGH' } },
        companyId,
        340,
      );
    }
    for (let k = 0; k < 10; k += 1) {
      const type = k < 4 ? '2-101' : k < 8 ? '2-102' : '2-103';
      add(
        type,
        { id: `${companyId}3${k}`, properties: { liftoff_key: `${companyId}:${k}`, name: `Record ${k}` } },
        companyId,
        1,
      );
    }
  }
  return {
    objects,
    associations,
    aliases: Object.fromEntries(
      Object.entries(objectTypes).map(([object, id]) => [
        id,
        `p${portalId}_${liftoffObjectNames[object as keyof typeof liftoffObjectNames]}`,
      ]),
    ),
  };
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

function countCalls(client: PortalClient, before: ReturnType<PortalClient['stats']>) {
  const after = client.stats();
  return { calls: after.calls - before.calls, rateLimited: after.rateLimited - before.rateLimited };
}

/** One request per record: the company, each association list, then every associated record by id. */
async function refreshNaively(client: PortalClient, companyIds: readonly string[]): Promise<void> {
  const types = ['contacts', 'emails', 'calls', 'meetings', 'tickets', '2-101', '2-102', '2-103'];
  for (const companyId of companyIds) {
    await client.call('burst', 'naive.company', (sdk) =>
      sdk.crm.objects.batchApi.read('companies', {
        inputs: [{ id: companyId }],
        properties: ['name'],
        propertiesWithHistory: [],
      }),
    );
    await Promise.all(
      types.map(async (type) => {
        const page = await client.call('burst', 'naive.associations', (sdk) =>
          sdk.crm.associations.v4.batchApi.getPage('companies', type, { inputs: [{ id: companyId }] }),
        );
        const ids = page.results.flatMap((result) => result.to.map((to) => String(to.toObjectId)));
        await Promise.all(
          ids.map((id) =>
            client.call('burst', 'naive.record', (sdk) =>
              sdk.crm.objects.batchApi.read(type, { inputs: [{ id }], properties: [], propertiesWithHistory: [] }),
            ),
          ),
        );
      }),
    );
  }
}

async function measure(size: number, label: string, naiveSample: number): Promise<BenchRow[]> {
  const simulated = await createSimulatedHubSpot({ burstLimit: 190, burstWindowMs, searchLimit: 4, searchWindowMs });
  simulated.seed(buildDataset(size));
  const client = createPortalClient({
    portalId,
    accessToken: 'bench-token',
    basePath: simulated.baseUrl,
    budget: { burstWindowMs, searchWindowMs },
  });
  const gateway = createHubSpotCrmGateway({ client, liftoffObjectTypes: objectTypes });
  const companyIds = Array.from({ length: size }, (_, c) => String(1_000_000 + c));
  const minimumMs = (calls: number) => (calls / clientBudgetPerWindow) * burstWindowMs;
  const rows: BenchRow[] = [];

  let before = client.stats();
  const refresh = await timeIt(() => gateway.readCompanyContexts(companyIds));
  if (refresh.value.length !== size) throw new Error(`refreshed ${refresh.value.length} of ${size}`);
  const refreshCalls = countCalls(client, before);
  rows.push(
    { label: `${label} full refresh: calls per company`, value: refreshCalls.calls / size, unit: 'calls/company' },
    { label: `${label} full refresh: 429s`, value: refreshCalls.rateLimited, unit: '429s' },
    {
      label: `${label} full refresh: wall time`,
      value: refresh.ms,
      unit: 'ms',
      baseline: { label: 'budget-limited minimum', value: minimumMs(refreshCalls.calls) },
    },
  );

  const sample = companyIds.slice(0, naiveSample);
  before = client.stats();
  const naive = await timeIt(() => refreshNaively(client, sample));
  const naiveCalls = countCalls(client, before);
  rows.push({
    label: `${label} naive client (sample of ${naiveSample}): calls per company`,
    value: naiveCalls.calls / naiveSample,
    unit: 'calls/company',
    baseline: { label: 'batched', value: refreshCalls.calls / size },
  });
  rows.push({
    label: `${label} naive client: wall time per company`,
    value: naive.ms / naiveSample,
    unit: 'ms/company',
    baseline: { label: 'batched', value: refresh.ms / size },
  });

  const plan = (known: Partial<CompanyOnboardingFields>): WritePlan => ({
    companies: companyIds.map((id) => ({ id, known, desired: buildFields(12) })),
    deals: [],
    criteria: [],
    milestones: [],
    signals: [],
  });
  before = client.stats();
  const write = await timeIt(() => gateway.applyWritePlan(plan({})));
  const writeCalls = countCalls(client, before);
  if (write.value.some((result) => !result.ok)) throw new Error('write-back failed');
  rows.push(
    { label: `${label} write-back: calls per company`, value: writeCalls.calls / size, unit: 'calls/company' },
    {
      label: `${label} write-back: wall time`,
      value: write.ms,
      unit: 'ms',
      baseline: { label: 'budget-limited minimum', value: minimumMs(writeCalls.calls) },
    },
  );
  before = client.stats();
  await gateway.applyWritePlan(plan(buildFields(12)));
  rows.push({
    label: `${label} write-back with nothing changed: calls`,
    value: countCalls(client, before).calls,
    unit: 'calls',
  });

  before = client.stats();
  const incremental = await timeIt(() => gateway.findChangedCompanies(seededAt + 1));
  const incrementalCalls = countCalls(client, before);
  if (incremental.value.companyIds.length !== 0) throw new Error('nothing changed, yet companies were found');
  rows.push(
    { label: `${label} incremental refresh, nothing changed: calls`, value: incrementalCalls.calls, unit: 'calls' },
    { label: `${label} incremental refresh: wall time`, value: incremental.ms, unit: 'ms' },
    { label: `${label} 429s over the run`, value: client.stats().rateLimited, unit: '429s' },
  );
  await simulated.close();
  return rows;
}

const sizes = (process.env['HUBSPOT_BENCH_SIZES'] ?? '1000').split(',').map(Number);

const bench: Bench = {
  name: 'hubspot',
  async run() {
    const rows: BenchRow[] = [];
    for (const size of sizes) rows.push(...(await measure(size, size >= 1000 ? `${size / 1000}k` : String(size), 20)));
    return {
      rows,
      notes: [
        `Simulated HubSpot on 127.0.0.1 with HubSpot's budgets on a window scaled ×1/${scale} (190 per ${burstWindowMs} ms, search 4 per ${searchWindowMs} ms); the client keeps 10 of 190 in reserve.`,
        'Minimum = calls ÷ 180 per window × window. Association batch reads are exempt at HubSpot but the client counts them in its burst budget.',
      ],
    };
  },
};

export default bench;
