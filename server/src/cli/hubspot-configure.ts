/**
 * `npm run hubspot:configure` writes the service's public origin (PUBLIC_BASE_URL) into every static file of
 * hubspot-project/ that names the service, because HubSpot reads them at upload time, not at run time:
 * app-hsmeta permittedUrls.fetch, the webhooks targetUrl, each workflow action's actionUrl, the cards'
 * SERVICE_ORIGIN constant and the local.json example. Only the origin changes; paths stay as they are.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { loadEnvSubset } from '../config.ts';

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

async function runCli(): Promise<number> {
  const origin = parseServiceOrigin(loadEnvSubset(['PUBLIC_BASE_URL']).PUBLIC_BASE_URL);
  const changed = await writeServiceOrigin(defaultProjectDir, origin);
  for (const file of changed) console.log(`✓ hubspot-project/${file}`);
  console.log(changed.length === 0 ? `already pointing at ${origin}` : `now pointing at ${origin}`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli();
}
