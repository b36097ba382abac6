/**
 * `npm run hubspot:configure -- --records hubspot|store` writes the app configuration HubSpot reads at upload time:
 * - the service's public origin (PUBLIC_BASE_URL) into every static file of hubspot-project/ that names the
 *   service: app-hsmeta permittedUrls.fetch, the webhooks targetUrl, each workflow action's actionUrl, the shared
 *   card client's SERVICE_ORIGIN constant and the local.json example. Only the origin changes; paths stay.
 * - where Liftoff's records live, as app-hsmeta's required scopes: a static-auth app can declare required scopes
 *   only, and custom objects need Enterprise, so `hubspot` (custom objects; Enterprise) requires
 *   crm.objects.custom.* and crm.schemas.custom.*, and `store` (Liftoff's store; Pro or Enterprise) leaves them out.
 *   `hubspot:setup` then finds the custom object schemas readable or refused (403) and records the portal's mode.
 * Exit 0 when written; 2 on bad arguments or environment (one line naming the flag or variable).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { loadEnvironment, parseEnvSubset } from '../config.ts';

export interface ServiceUrlUse {
  /** Relative to the project directory. */
  file: string;
  url: string;
  origin: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const defaultProjectDir = path.join(repoRoot, 'hubspot-project');

const appMetaFile = 'src/app/app-hsmeta.json';
const webhooksMetaFile = 'src/app/webhooks/webhooks-hsmeta.json';
const workflowActionsDir = 'src/app/workflow-actions';
const serviceOriginFile = 'src/app/packages/card-client/service-origin.ts';
const localExampleFile = 'src/app/local.example.json';
const serviceOriginPattern = /SERVICE_ORIGIN = '([^']*)'/;

const appMetaSchema = z.object({ config: z.object({ permittedUrls: z.object({ fetch: z.array(z.string()) }) }) });
const appScopesSchema = z.object({ config: z.object({ auth: z.object({ requiredScopes: z.array(z.string()) }) }) });
const requiredScopesPattern = /^([ \t]*)"requiredScopes": \[[^\]]*\]/m;

/** Where Liftoff's records live: HubSpot custom objects (Enterprise) or Liftoff's store alone (any tier). */
export const recordsChoices = ['hubspot', 'store'] as const;
export type RecordsChoice = (typeof recordsChoices)[number];

/** The scopes custom objects need; required only with `--records hubspot` (they may block install on Pro). */
export const customObjectScopes = [
  'crm.objects.custom.read',
  'crm.objects.custom.write',
  'crm.schemas.custom.read',
  'crm.schemas.custom.write',
] as const;
const webhooksMetaSchema = z.object({ config: z.object({ settings: z.object({ targetUrl: z.string() }) }) });
const workflowActionMetaSchema = z.object({ config: z.object({ actionUrl: z.string() }) });
const localExampleSchema = z.object({ proxy: z.record(z.string(), z.string()) });

/** hubspot.fetch only reaches HTTPS origins that are not localhost (docs/HUBSPOT.md §1.2). */
export function parseServiceOrigin(publicBaseUrl: string): string {
  const url = new URL(publicBaseUrl);
  if (url.protocol !== 'https:') throw new Error(`PUBLIC_BASE_URL must be https, got ${url.protocol}`);
  if (['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    throw new Error('PUBLIC_BASE_URL must be a public host, not localhost (use local.json to proxy in development)');
  }
  return url.origin;
}

const toOrigin = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return `invalid URL: ${url}`;
  }
};

const toUse = (file: string, url: string): ServiceUrlUse => ({ file, url, origin: toOrigin(url) });

async function readJson<T>(projectDir: string, file: string, schema: z.ZodType<T>): Promise<T> {
  return schema.parse(JSON.parse(await readFile(path.join(projectDir, file), 'utf8')));
}

async function listWorkflowActionFiles(projectDir: string): Promise<string[]> {
  const names = await readdir(path.join(projectDir, workflowActionsDir)).catch(() => []);
  return names
    .filter((name) => name.endsWith('-hsmeta.json'))
    .sort()
    .map((name) => `${workflowActionsDir}/${name}`);
}

/** Every URL of the service named by the project's static files, with the file it sits in. */
export async function findServiceUrls(projectDir: string = defaultProjectDir): Promise<ServiceUrlUse[]> {
  const app = await readJson(projectDir, appMetaFile, appMetaSchema);
  const webhooks = await readJson(projectDir, webhooksMetaFile, webhooksMetaSchema);
  const uses = [
    ...app.config.permittedUrls.fetch.map((url) => toUse(appMetaFile, url)),
    toUse(webhooksMetaFile, webhooks.config.settings.targetUrl),
  ];
  for (const file of await listWorkflowActionFiles(projectDir)) {
    uses.push(toUse(file, (await readJson(projectDir, file, workflowActionMetaSchema)).config.actionUrl));
  }
  const constant = (await readFile(path.join(projectDir, serviceOriginFile), 'utf8')).match(serviceOriginPattern);
  uses.push(toUse(serviceOriginFile, constant?.[1] ?? 'missing SERVICE_ORIGIN constant'));
  const local = await readJson(projectDir, localExampleFile, localExampleSchema);
  uses.push(...Object.keys(local.proxy).map((url) => toUse(localExampleFile, url)));
  return uses;
}

/** Replaces each service URL's origin in place (text replacement keeps each file's formatting). */
export async function writeServiceOrigin(projectDir: string, origin: string): Promise<string[]> {
  const uses = await findServiceUrls(projectDir);
  const changed: string[] = [];
  for (const file of [...new Set(uses.map((use) => use.file))]) {
    const filePath = path.join(projectDir, file);
    const before = await readFile(filePath, 'utf8');
    let after = before;
    for (const use of uses.filter((candidate) => candidate.file === file && candidate.origin !== origin)) {
      const rewritten = origin + use.url.slice(use.origin.length);
      after =
        file === serviceOriginFile
          ? after.replace(serviceOriginPattern, `SERVICE_ORIGIN = '${rewritten}'`)
          : after.split(JSON.stringify(use.url)).join(JSON.stringify(rewritten));
    }
    if (after !== before) {
      await writeFile(filePath, after);
      changed.push(file);
    }
  }
  return changed;
}

/** The required scopes for a choice: the others kept in order, the custom-object ones added or removed. */
export function toRequiredScopes(current: readonly string[], records: RecordsChoice): string[] {
  const isCustom = (scope: string) => (customObjectScopes as readonly string[]).includes(scope);
  const others = current.filter((scope) => !isCustom(scope));
  if (records === 'store') return others;
  // Custom-object scopes go where they were, else before the schema scopes, else last.
  const firstCustom = current.findIndex(isCustom);
  const at =
    firstCustom >= 0
      ? current.slice(0, firstCustom).filter((scope) => !isCustom(scope)).length
      : others.findIndex((scope) => scope.startsWith('crm.schemas.'));
  const index = at >= 0 ? at : others.length;
  return [...others.slice(0, index), ...customObjectScopes, ...others.slice(index)];
}

/** Which choice the app configuration carries now (`mixed` when only some custom-object scopes are required). */
export async function readRecordsChoice(projectDir: string = defaultProjectDir): Promise<RecordsChoice | 'mixed'> {
  const scopes = (await readJson(projectDir, appMetaFile, appScopesSchema)).config.auth.requiredScopes;
  const present = customObjectScopes.filter((scope) => scopes.includes(scope)).length;
  if (present === customObjectScopes.length) return 'hubspot';
  return present === 0 ? 'store' : 'mixed';
}

/** Rewrites app-hsmeta's requiredScopes for the choice (text replacement keeps the file's formatting). */
export async function writeRecordsChoice(projectDir: string, records: RecordsChoice): Promise<string[]> {
  const filePath = path.join(projectDir, appMetaFile);
  const before = await readFile(filePath, 'utf8');
  const current = appScopesSchema.parse(JSON.parse(before)).config.auth.requiredScopes;
  const next = toRequiredScopes(current, records);
  if (next.join('\n') === current.join('\n')) return [];
  const after = before.replace(requiredScopesPattern, (_match, indent: string) => {
    const lines = next.map((scope) => `${indent}  ${JSON.stringify(scope)}`).join(',\n');
    return `${indent}"requiredScopes": [\n${lines}\n${indent}]`;
  });
  await writeFile(filePath, after);
  return [appMetaFile];
}

export type HubSpotConfigureExitCode = 0 | 2;

export interface HubSpotConfigureIo {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  projectDir?: string;
}

const usage = 'usage: npm run hubspot:configure -- --records hubspot|store';

/** `--records hubspot|store` (or `--records=…`), required; anything else is a one-line error naming the flag. */
export function parseConfigureArgs(
  argv: readonly string[],
): { ok: true; records: RecordsChoice } | { ok: false; message: string } {
  let records: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--records') {
      records = argv[index + 1] ?? '';
      index += 1;
    } else if (arg.startsWith('--records=')) {
      records = arg.slice('--records='.length);
    } else {
      return { ok: false, message: `unknown argument ${arg} (${usage})` };
    }
  }
  if (records === undefined) return { ok: false, message: `--records is required: hubspot or store (${usage})` };
  if (!(recordsChoices as readonly string[]).includes(records)) {
    return { ok: false, message: `--records must be hubspot or store, got ${JSON.stringify(records)} (${usage})` };
  }
  return { ok: true, records: records as RecordsChoice };
}

export async function runHubSpotConfigure(io: HubSpotConfigureIo): Promise<HubSpotConfigureExitCode> {
  const args = parseConfigureArgs(io.argv);
  if (!args.ok) {
    io.stderr.write(`hubspot:configure: ${args.message}\n`);
    return 2;
  }
  const env = parseEnvSubset(io.env, ['PUBLIC_BASE_URL']);
  if (!env.ok) {
    const problems = env.problems.map((problem) => `${problem.variable} ${problem.message}`).join('; ');
    io.stderr.write(`hubspot:configure: ${problems}\n`);
    return 2;
  }
  let origin: string;
  try {
    origin = parseServiceOrigin(env.values.PUBLIC_BASE_URL);
  } catch (error) {
    io.stderr.write(`hubspot:configure: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const projectDir = io.projectDir ?? defaultProjectDir;
  const changed = [
    ...new Set([
      ...(await writeServiceOrigin(projectDir, origin)),
      ...(await writeRecordsChoice(projectDir, args.records)),
    ]),
  ];
  for (const file of changed) io.stdout.write(`✓ hubspot-project/${file}\n`);
  io.stdout.write(
    `${changed.length === 0 ? 'already pointing at' : 'now pointing at'} ${origin}; records: ${
      args.records === 'hubspot'
        ? 'HubSpot custom objects (Enterprise; the app requires crm.objects.custom.* and crm.schemas.custom.*)'
        : "Liftoff's store (any tier; no custom-object scopes)"
    }\n`,
  );
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runHubSpotConfigure({
    argv: process.argv.slice(2),
    env: loadEnvironment(),
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
