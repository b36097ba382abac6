import { pathToFileURL } from 'node:url';
import { loadEnvironment, parseEnvSubset } from '../config.ts';
import { createPortalClient } from '../hubspot/client/create-portal-client.ts';
import { liftoffSchema } from '../hubspot/model/liftoff-schema.ts';
import { createRecordPortalMode, setupPortal } from '../hubspot/setup/setup-portal.ts';
import { toSetupReportText } from '../hubspot/setup/to-setup-report-text.ts';
import { createSqliteStore } from '../store/sqlite/create-sqlite-store.ts';

/**
 * `npm run hubspot:setup [-- --dry-run | --print-schema]`: idempotent preparation of a HubSpot portal
 * (property group and properties, custom object schemas, stakeholder association labels), which also upgrades a
 * portal an earlier release set up (missing enumeration options, the objects' primary display property).
 * Exit 0 when everything exists or was created or updated; 1 when some change failed; 2 on bad arguments or
 * environment.
 */

export type HubSpotSetupExitCode = 0 | 1 | 2;

interface TextSink {
  write(text: string): unknown;
}

export interface HubSpotSetupIo {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  stdout: TextSink;
  stderr: TextSink;
}

const usage = 'usage: npm run hubspot:setup [-- --dry-run | --print-schema]';

export async function runHubSpotSetup(io: HubSpotSetupIo): Promise<HubSpotSetupExitCode> {
  const unknown = io.argv.filter((arg) => arg !== '--dry-run' && arg !== '--print-schema');
  if (unknown.length > 0) {
    io.stderr.write(`hubspot:setup: unknown argument ${unknown.join(' ')} (${usage})\n`);
    return 2;
  }
  // The desired schema needs no account and no network: reviewers and CI can read it.
  if (io.argv.includes('--print-schema')) {
    io.stdout.write(`${JSON.stringify(liftoffSchema, null, 2)}\n`);
    return 0;
  }
  const env = parseEnvSubset(io.env, ['HUBSPOT_ACCESS_TOKEN', 'HUBSPOT_PORTAL_ID', 'DATABASE_PATH']);
  if (!env.ok) {
    const problems = env.problems.map((problem) => `${problem.variable} ${problem.message}`).join('; ');
    io.stderr.write(`hubspot:setup: ${problems}\n`);
    return 2;
  }
  const client = createPortalClient({
    portalId: env.values.HUBSPOT_PORTAL_ID,
    accessToken: env.values.HUBSPOT_ACCESS_TOKEN,
  });
  const dryRun = io.argv.includes('--dry-run');
  const store = await createSqliteStore({ path: env.values.DATABASE_PATH });
  try {
    const report = await setupPortal({
      client,
      dryRun,
      recordPortalMode: createRecordPortalMode(store.portalSettings),
    });
    io.stdout.write(`${toSetupReportText(report)}\n`);
    return report.outcomes.some((outcome) => outcome.result === 'failed') ? 1 : 0;
  } finally {
    await store.close();
  }
}

const isScriptEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isScriptEntry) {
  process.exitCode = await runHubSpotSetup({
    argv: process.argv.slice(2),
    env: loadEnvironment(),
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
