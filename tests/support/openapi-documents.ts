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

const cache = new Map<string, Promise<OpenApiDocuments>>();

/** Loads every document of the folder once per test worker; later calls share the same promise. */
export function loadOpenApiDocuments(dir: string = resolveOpenApiDir()): Promise<OpenApiDocuments> {
  const cached = cache.get(dir);
  if (cached) return cached;
  const loading = readOpenApiDocuments(dir);
  cache.set(dir, loading);
  return loading;
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
