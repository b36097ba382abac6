/**
 * In-memory clean-up of HubSpot's published OpenAPI documents before a validator reads them
 * (the files themselves are never changed: see ../shared/hubspot-openapi/README.md).
 *
 * - Keys standing beside `$ref` are dropped: the documents put a `description` there, which
 *   openapi-backend rejects.
 * - Wildcard content (any media type) is aliased to `application/json`: error responses are declared that way and
 *   the validator only reads `application/json`, so without the alias they would go unchecked.
 * - Object schemas listing `properties` are closed (`additionalProperties: false`): no schema
 *   says so itself, and without it a misspelt field would never fail a test.
 */
export function cleanOpenApiDocument(document: unknown): unknown {
  return cleanNode(document);
}

function cleanNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(cleanNode);
  if (!isRecord(node)) return node;
  if (typeof node['$ref'] === 'string') return { $ref: node['$ref'] };
  const cleaned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    cleaned[key] = cleanChild(key, value);
  }
  const content = cleaned['content'];
  if (isRecord(content) && content['*/*'] !== undefined && content['application/json'] === undefined) {
    cleaned['content'] = { ...content, 'application/json': content['*/*'] };
  }
  if (isRecord(cleaned['properties']) && cleaned['additionalProperties'] === undefined) {
    cleaned['additionalProperties'] = false;
  }
  return cleaned;
}

/** A schema's `properties` is a map of field name → schema (a field may itself be called `properties`); examples are data. */
function cleanChild(key: string, value: unknown): unknown {
  if (key === 'example' || key === 'examples') return value;
  if (key === 'properties' && isRecord(value) && typeof value['$ref'] !== 'string') {
    return Object.fromEntries(Object.entries(value).map(([field, schema]) => [field, cleanNode(schema)]));
  }
  return cleanNode(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
