import type { Bench, BenchRow } from './bench.ts';
import { seedBenchPortfolio } from './support/seed-bench-portfolio.ts';
import {
  benchClock as clock,
  benchPortalId as portalId,
  measureSignedGet,
  startBenchApp,
} from './support/start-bench-app.ts';

/**
 * Card API read latency on loopback: the real app (signature check, SQLite store file in WAL mode, engine run per
 * request) over a portal of 500 onboardings with ≈200 activity events each. Each endpoint is loaded by autocannon
 * with 20 concurrent connections (hubspot.fetch's per-portal cap) for 5 s; the baseline is the same endpoint with
 * 1 connection in the same run, so the ratio shows what queueing under the cap costs. Target: p99 well under 100 ms.
 */

const size = 500;
const durationSeconds = 5;

const measure = (url: string, path: string, connections: number) =>
  measureSignedGet(url, path, { connections, duration: durationSeconds });

const run = async (): Promise<{ rows: BenchRow[]; notes: string[] }> => {
  const { store, url, stop } = await startBenchApp('cards');
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  try {
    const { busiestCompanyId: companyId } = await seedBenchPortfolio(store, portalId, size, clock);
    const endpoints = [
      { label: 'GET onboarding', path: `/api/cards/companies/${companyId}/onboarding?portalId=${portalId}&userId=1` },
      { label: 'GET summary', path: `/api/cards/companies/${companyId}/summary?portalId=${portalId}&userId=1` },
    ];
    for (const { label, path } of endpoints) {
      await measure(url, path, 1);
      const single = await measure(url, path, 1);
      const loaded = await measure(url, path, 20);
      rows.push(
        {
          label: `${label} p50, 20 connections`,
          value: loaded.latency.p50,
          unit: 'ms',
          baseline: { label: `${label} p50, 1 connection`, value: single.latency.p50 },
        },
        {
          label: `${label} p99, 20 connections`,
          value: loaded.latency.p99,
          unit: 'ms',
          baseline: { label: `${label} p99, 1 connection`, value: single.latency.p99 },
        },
        {
          label: `${label} throughput, 20 connections`,
          value: loaded.requests.average,
          unit: 'requests/s',
          baseline: { label: `${label} throughput, 1 connection`, value: single.requests.average },
        },
      );
      notes.push(
        `${label}: p99 ${loaded.latency.p99} ms under 20 connections — target well under 100 ms ${loaded.latency.p99 < 100 ? 'met' : 'NOT met'}.`,
      );
    }
    notes.push(
      `Portfolio of ${size} onboardings in a SQLite file (WAL); the company read is the one with the most activity; a warm-up run of 1 connection precedes each measurement.`,
    );
  } finally {
    await stop();
  }
  return { rows, notes };
};

export default { name: 'cards', run } satisfies Bench;
