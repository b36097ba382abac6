import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import addFormats from 'ajv-formats';
import { OpenAPIBackend } from 'openapi-backend';
import type { Document, Operation } from 'openapi-backend';
import { cleanOpenApiDocument } from './openapi-clean.ts';

export interface OpenApiDocument {
  readonly file: string;
  readonly api: OpenAPIBackend;
}

export type OpenApiDocuments =
  | { readonly status: 'loaded'; readonly dir: string; readonly documents: readonly OpenApiDocument[] }
  | { readonly status: 'absent'; readonly dir: string };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The documents live beside the repo (never copied into it); HUBSPOT_OPENAPI_DIR overrides. */
export function resolveOpenApiDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['HUBSPOT_OPENAPI_DIR'] ?? path.resolve(repoRoot, '../shared/hubspot-openapi');
}

export const REQUIRE_OPENAPI_VARIABLE = 'LIFTOFF_REQUIRE_OPENAPI';

/**
 * Whether absent documents must fail the run (.ci/run sets LIFTOFF_REQUIRE_OPENAPI=1) rather than skip the contract
 * tests. A value it does not recognise throws: a misspelt `yes` must not quietly turn the requirement off.
 */
export function isOpenApiRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env[REQUIRE_OPENAPI_VARIABLE]?.trim().toLowerCase() ?? '';
  if (value === '1' || value === 'true') return true;
  if (value === '' || value === '0' || value === 'false') return false;
  throw new Error(`${REQUIRE_OPENAPI_VARIABLE}=${env[REQUIRE_OPENAPI_VARIABLE]} is neither 1/true nor 0/false`);
}

export type OpenApiAvailability =
  | { readonly action: 'check' }
  | { readonly action: 'skip'; readonly warning: string }
  | { readonly action: 'fail'; readonly error: string };

/** Present documents are checked against; absent ones skip the checks loudly, or fail the run where required. */
export function decideOpenApiAvailability(input: {
  readonly present: boolean;
  readonly required: boolean;
  readonly dir: string;
}): OpenApiAvailability {
  if (input.present) return { action: 'check' };
  if (!input.required) return { action: 'skip', warning: describeSkippedContractChecks(input.dir) };
  return {
    action: 'fail',
    error:
      `HubSpot OpenAPI documents absent at ${input.dir}, and ${REQUIRE_OPENAPI_VARIABLE}=1 (set by .ci/run) ` +
      `forbids skipping the contract tests. ${HOW_TO_PROVIDE}`,
  };
}

const HOW_TO_PROVIDE = 'Check out ../shared/hubspot-openapi beside the repo or set HUBSPOT_OPENAPI_DIR.';

export function describeSkippedContractChecks(dir: string): string {
  return (
    `\n*** HubSpot contract checks SKIPPED: the OpenAPI documents folder ${dir} is absent. ${HOW_TO_PROVIDE} ` +
    `(${REQUIRE_OPENAPI_VARIABLE}=1, as in .ci/run, makes this a failure.) ***\n`
  );
}

export interface LoadOpenApiOptions {
  /** Defaults to isOpenApiRequired() of the environment. */
  readonly required?: boolean;
}

const cache = new Map<string, Promise<OpenApiDocuments>>();
const warned = new Set<string>();

/**
 * Loads every document of the folder once per test worker; later calls share the same promise. An absent folder
 * is reported as `absent` with a console warning (once per worker), or rejects where the documents are required.
 */
export async function loadOpenApiDocuments(
  dir: string = resolveOpenApiDir(),
  options: LoadOpenApiOptions = {},
): Promise<OpenApiDocuments> {
  const cached = cache.get(dir) ?? readOpenApiDocuments(dir);
  cache.set(dir, cached);
  const loaded = await cached;
  const availability = decideOpenApiAvailability({
    present: loaded.status === 'loaded',
    required: options.required ?? isOpenApiRequired(),
    dir,
  });
  if (availability.action === 'fail') throw new Error(availability.error);
  if (availability.action === 'skip' && !warned.has(dir)) {
    warned.add(dir);
    console.warn(availability.warning);
  }
  return loaded;
}

async function readOpenApiDocuments(dir: string): Promise<OpenApiDocuments> {
  if (!existsSync(dir)) return { status: 'absent', dir };
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  const documents = await Promise.all(files.map((file) => createDocument(dir, file)));
  return { status: 'loaded', dir, documents };
}

/**
 * `quick` compiles each operation's validators on first use: compiling all 24 documents up
 * front takes over ten seconds, one operation a few milliseconds.
 */
async function createDocument(dir: string, file: string): Promise<OpenApiDocument> {
  const definition = cleanOpenApiDocument(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))) as Document;
  const api = new OpenAPIBackend({
    definition,
    quick: true,
    strict: true,
    ajvOpts: { allErrors: true },
    customizeAjv: (ajv) => {
      addFormats.default(ajv);
      return ajv;
    },
  });
  await api.init();
  return { file, api };
}

export interface RoutedOperation {
  readonly document: OpenApiDocument;
  readonly operation: Operation;
  readonly path: string;
}

/**
 * Every document is tried; the operation whose path template has the fewest `{params}` wins
 * (the companies file beats the generic `/crm/v3/objects/{objectType}`). The deals file writes
 * its paths with the object type id 0-3 where the SDK calls `/crm/v3/objects/deals`.
 */
export function routeOpenApiOperation(
  documents: readonly OpenApiDocument[],
  method: string,
  requestPath: string,
): RoutedOperation | undefined {
  const routes = routeCache.get(documents) ?? new Map<string, RoutedOperation | undefined>();
  routeCache.set(documents, routes);
  const key = `${method} ${requestPath}`;
  if (!routes.has(key)) routes.set(key, findOpenApiOperation(documents, method, requestPath));
  return routes.get(key);
}

/** The router rebuilds its operation list on every match: remember each path's route for the worker's lifetime. */
const routeCache = new WeakMap<readonly OpenApiDocument[], Map<string, RoutedOperation | undefined>>();

function findOpenApiOperation(
  documents: readonly OpenApiDocument[],
  method: string,
  requestPath: string,
): RoutedOperation | undefined {
  const rewritten = requestPath.replace(/^\/crm\/v3\/objects\/deals(?=\/|$)/, '/crm/v3/objects/0-3');
  let best: RoutedOperation | undefined;
  for (const document of documents) {
    const operation = document.api.router.matchOperation({ method, path: rewritten, headers: {} });
    if (operation && (!best || countParams(operation.path) < countParams(best.operation.path))) {
      best = { document, operation, path: rewritten };
    }
  }
  return best;
}

function countParams(template: string): number {
  return template.match(/\{[^}]+\}/g)?.length ?? 0;
}
