import type { Operation } from 'openapi-backend';
import type { OpenApiDocument, RoutedOperation } from './openapi-documents.ts';
import { routeOpenApiOperation } from './openapi-documents.ts';

export interface InterceptedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[]>>;
  readonly body: unknown;
}

export interface CannedResponse {
  readonly status: number;
  readonly body: unknown;
}

interface AjvLikeError {
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/**
 * Checks one request a test intercepted and the response it returns against HubSpot's
 * published OpenAPI documents; returns the violations (empty when the exchange conforms).
 * `response` is null only for an explicitly unchecked reply: the request is still checked.
 */
export function checkHubSpotExchange(
  documents: readonly OpenApiDocument[],
  request: InterceptedRequest,
  response: CannedResponse | null,
): string[] {
  const label = `${request.method} ${request.path}`;
  const routed = routeOpenApiOperation(documents, request.method, request.path);
  if (!routed) return [`${label}: no operation in HubSpot's OpenAPI documents matches this request`];
  const where = `${label} (${routed.document.file} ${routed.operation.operationId ?? ''})`;
  return [
    ...checkQueryNames(routed.operation, request.query),
    ...checkRequest(routed, request),
    ...(response ? checkResponse(routed, response) : []),
  ].map((violation) => `${where}: ${violation}`);
}

function checkQueryNames(operation: Operation, query: InterceptedRequest['query']): string[] {
  const declared = new Set(
    (operation.parameters ?? []).flatMap((parameter) =>
      'in' in parameter && parameter.in === 'query' ? [parameter.name] : [],
    ),
  );
  return Object.keys(query)
    .filter((name) => !declared.has(name))
    .map((name) => `request query parameter "${name}" is not declared`);
}

function checkRequest(routed: RoutedOperation, request: InterceptedRequest): string[] {
  const hasBody = request.body !== undefined && request.body !== '';
  const result = routed.document.api.validateRequest(
    {
      method: request.method,
      path: routed.path,
      query: request.query,
      headers: hasBody ? { 'content-type': 'application/json' } : {},
      ...(hasBody ? { body: request.body } : {}),
    },
    routed.operation,
  );
  return (result.errors ?? []).map((error) => `request ${describeAjvError(error)}`);
}

function checkResponse(routed: RoutedOperation, response: CannedResponse): string[] {
  const declared = Object.keys(routed.operation.responses ?? {});
  const status = String(response.status);
  const matches = declared.some((code) => code === status || code === 'default' || code === `${status[0]}XX`);
  if (!matches) return [`response status ${status} is not declared (declared: ${declared.join(', ')})`];
  if (response.body === undefined || response.body === '') return [];
  const result = routed.document.api.validateResponse(response.body, routed.operation, response.status);
  return (result.errors ?? []).map((error) => `response ${status} ${describeAjvError(error)}`);
}

function describeAjvError(error: AjvLikeError): string {
  const at = error.instancePath === undefined || error.instancePath === '' ? '(root)' : error.instancePath;
  const detail = error.params && Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : '';
  return `${at} ${error.message ?? 'is invalid'}${detail}`;
}
