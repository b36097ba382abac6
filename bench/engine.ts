import { evaluatePortfolio } from '@liftoff/shared/engine/index';
import { generatePortfolio } from '../server/src/sandbox/generate-portfolio.ts';
import type { Bench, BenchRow } from './bench.ts';

/**
 * The rules engine on one core (this process's main thread): `evaluatePortfolio` over synthetic portfolios of
 * 1k, 10k and 100k onboardings with ≈200 activity events each on average, generation excluded. Each size is
 * evaluated untimed until the JIT has settled (at least ~30k evaluations), then the median of several timed runs
 * is kept. The per-onboarding time of the 1k run is the baseline, so
 * a ratio near 1 means the cost grows linearly with the portfolio. Target: 10k assessed in under 1 s.
 */

const now = Date.UTC(2026, 2, 2, 12);
/** Profiles without a usage source or with stalled usage carry fewer events; 240 per tracked one averages ≈200. */
const eventsPerOnboarding = 240;
const sizes = [
  { size: 1_000, label: '1k', warmups: 30, runs: 15 },
  { size: 10_000, label: '10k', warmups: 3, runs: 5 },
  { size: 100_000, label: '100k', warmups: 1, runs: 3 },
] as const;

const toMedian = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Median wall time in ms of `runs` timed evaluations; each result is checked so no work can be elided. */
const timeEvaluations = (size: number, warmups: number, runs: number): { ms: number; events: number } => {
  const onboardings = generatePortfolio({ seed: 2026, size, now, eventsPerOnboarding });
  const events = onboardings.reduce(
    (sum, o) =>
      sum +
      o.activity.logins.length +
      o.activity.featureUses.length +
      o.activity.engagements.length +
      o.activity.tickets.length,
    0,
  );
  const timings: number[] = [];
  for (let run = 0; run < warmups + runs; run += 1) {
    const started = performance.now();
    const portfolio = evaluatePortfolio(onboardings, now);
    const elapsed = performance.now() - started;
    if (portfolio.companies.length !== size) throw new Error(`assessed ${portfolio.companies.length} of ${size}`);
    if (run >= warmups) timings.push(elapsed);
  }
  return { ms: toMedian(timings), events };
};

const run = async (): Promise<{ rows: BenchRow[]; notes: string[] }> => {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  let baseline: { label: string; value: number } | undefined;
  for (const { size, label, warmups, runs } of sizes) {
    const { ms, events } = timeEvaluations(size, warmups, runs);
    const perOnboardingUs = (ms * 1000) / size;
    baseline ??= { label: `per onboarding, ${label}`, value: perOnboardingUs };
    rows.push(
      { label: `${label} portfolio assessed`, value: ms, unit: 'ms' },
      { label: `${label} evaluations per second`, value: (size / ms) * 1000, unit: 'evaluations/s' },
      { label: `per onboarding, ${label}`, value: perOnboardingUs, unit: 'µs', baseline },
    );
    notes.push(
      `${label}: ${(events / size).toFixed(0)} activity events per onboarding on average, median of ${runs} runs.`,
    );
  }
  const tenK = rows.find((row) => row.label === '10k portfolio assessed');
  notes.push(`Target: 10k assessed in under 1 s — ${tenK !== undefined && tenK.value < 1000 ? 'met' : 'NOT met'}.`);
  return { rows, notes };
};

export default { name: 'engine', run } satisfies Bench;
