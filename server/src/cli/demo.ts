import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { loadConfigWithDefaults } from '../config.ts';
import { createLogger } from '../logger.ts';
import { toUsageApiKeyHash } from '../onboarding/usage/create-usage-api-key.ts';
import type { Clock, Store } from '../onboarding/ports/index.ts';
import { createSandboxCrm } from '../sandbox/create-sandbox-crm.ts';
import { createSandboxPortal } from '../sandbox/create-sandbox-portal.ts';
import { createSimulatedClock } from '../sandbox/create-simulated-clock.ts';
import { mirrorDealStageChanges } from '../sandbox/mirror-deal-stage-changes.ts';
import { parseDemoArgs } from '../sandbox/parse-demo-args.ts';
import { seedDemoPortal } from './seed-demo-portal.ts';
import { toDemoInstructions } from '../sandbox/to-demo-instructions.ts';
import { toPortfolioSummary } from '../sandbox/to-portfolio-summary.ts';
import { startService } from '../start-service.ts';
import { createSqliteStore } from '../store/sqlite/create-sqlite-store.ts';

/**
 * `npm run demo -- [--speed N] [--seed N]`: the real service (app, worker, scheduler, SQLite store, engine) with
 * the sandbox portal as its only CRM. No .env and no HubSpot account: embedded defaults (a demo client secret,
 * printed, unless HUBSPOT_CLIENT_SECRET is set; a demo portal id). Signatures are required exactly as in
 * production. The sandbox is regenerated as of now on each start, so the demo database is rebuilt too.
 */
const DEMO_CLIENT_SECRET = 'liftoff-demo-client-secret';
const DEMO_PORTAL_ID = '4815162';
const DEMO_DATABASE_PATH = './data/liftoff-demo.db';
/** The usage API key of the demo portal (its hash is stored, like any usage key). */
const DEMO_USAGE_API_KEY = 'lfu_demo-usage-key';
/** However fast the simulated clock runs, sweeps come at most this often in real time. */
const MIN_REAL_SWEEP_MS = 2_000;
/** How often the demo looks at the portfolio, printing it again when it changed (a won deal, a new day). */
const SUMMARY_CHECK_MS = 10_000;

const args = parseDemoArgs(process.argv.slice(2));
if (!args.ok) {
  process.stderr.write(`${args.problem}\n`);
  process.exit(2);
}
const { speed, seed } = args.value;

const config = loadConfigWithDefaults((env) => ({
  PUBLIC_BASE_URL: `http://localhost:${env.PORT ?? '3000'}`,
  HUBSPOT_ACCESS_TOKEN: 'sandbox',
  HUBSPOT_CLIENT_SECRET: DEMO_CLIENT_SECRET,
  HUBSPOT_PORTAL_ID: DEMO_PORTAL_ID,
  DATABASE_PATH: DEMO_DATABASE_PATH,
  LOG_LEVEL: 'warn',
}));
const logger = createLogger({ level: config.logLevel });
const print = (text: string) => process.stdout.write(`${text}\n`);

// Only the demo's own database file is ever deleted; an existing file elsewhere is someone's data.
if (config.databasePath === DEMO_DATABASE_PATH) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${DEMO_DATABASE_PATH}${suffix}`, { force: true });
} else if (existsSync(config.databasePath)) {
  process.stderr.write(`DATABASE_PATH ${config.databasePath} exists; the demo only seeds a new database.\n`);
  process.exit(2);
}
mkdirSync(dirname(config.databasePath), { recursive: true });

// Signatures are checked against real time (HubSpot's timestamps are real); the service runs on simulated time.
const realClock: Clock = { now: () => Date.now() };
const clock = createSimulatedClock({ start: realClock.now(), speed, realClock });
const { portalId } = config.portals;

const store: Store = await createSqliteStore({ path: config.databasePath, clock });
const script = createSandboxPortal({ seed, now: clock.now() });
const crm = createSandboxCrm(script.records, clock);
const replay = await seedDemoPortal({ store, crm, clock, logger }, script, {
  portalId,
  usageApiKeyHash: toUsageApiKeyHash(DEMO_USAGE_API_KEY),
  usageKeyLastFour: DEMO_USAGE_API_KEY.slice(-4),
  usageFlushIntervalMs: config.usageFlushIntervalMs,
});
for (const refusal of replay.refused) logger.warn({ refusal }, 'the sandbox script asked for something refused');
// The history is replayed: from here the clock runs, and the service takes over.
clock.run();

async function readSummary(): Promise<string> {
  const assessments = await store.assessments.list(portalId);
  const stored = await store.onboardings.list(
    portalId,
    assessments.map((assessment) => assessment.companyId),
  );
  const onboardings = stored.map((entry) => entry.onboarding);
  return toPortfolioSummary({ assessments, onboardings });
}

const toTimedSummary = (summary: string) => `Simulated time ${new Date(clock.now()).toISOString()}\n${summary}`;

const sleep = (ms: number) => delay(ms, undefined, { ref: false });
let lastSummary = await readSummary();
const service = await startService({
  config,
  logger,
  store,
  crmFor: (eventPortalId) => (eventPortalId === portalId ? crm : null),
  clock,
  wallClock: realClock,
  sleep,
  schedulerSleep: (ms) => sleep(Math.max(MIN_REAL_SWEEP_MS, ms / speed)),
  // The sandbox plays HubSpot: a deal stage change sent as a webhook is applied to the portal before it is queued.
  webhookInbox: {
    append: (events, receivedAt) => {
      mirrorDealStageChanges(crm, events);
      return store.inbox.append(events, receivedAt);
    },
  },
  host: '127.0.0.1',
});

print(
  toDemoInstructions({
    listenUrl: service.url,
    publicBaseUrl: config.publicBaseUrl,
    portalId,
    clientSecret: config.hubspot.clientSecret === DEMO_CLIENT_SECRET ? DEMO_CLIENT_SECRET : null,
    speed,
    databasePath: config.databasePath,
    summary: toTimedSummary(lastSummary),
    openDeal: crm.listOpenDeals()[0] ?? null,
    exampleCompanyId: script.records.companies[0]?.id ?? null,
    usageApiKey: DEMO_USAGE_API_KEY,
    now: realClock.now(),
  }),
);

let stopping = false;
const summaries = setInterval(() => {
  readSummary()
    .then((summary) => {
      if (summary !== lastSummary && !stopping) print(toTimedSummary(summary));
      lastSummary = summary;
    })
    .catch((error: unknown) => {
      if (!stopping) logger.error({ err: error }, 'could not read the portfolio');
    });
}, SUMMARY_CHECK_MS);

async function stopGracefully(): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearInterval(summaries);
  print('Stopping: finishing in-flight requests and work…');
  const { ok, errors } = await service.stop();
  for (const error of errors) logger.error({ err: error }, 'a part of the demo did not stop cleanly');
  await store.close();
  print(ok ? 'Stopped cleanly.' : 'Stopped, with errors (see the log above).');
  process.exitCode = ok ? 0 : 1;
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    stopGracefully().catch((error: unknown) => {
      logger.fatal({ err: error }, 'graceful stop failed');
      process.exit(1);
    });
  });
}
