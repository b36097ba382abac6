import { z } from 'zod';

/**
 * The subset of CRM search the simulated HubSpot understands (POST /crm/v3/objects/{type}/search):
 * filter groups OR-ed, filters inside a group AND-ed, one sort, `after`/`limit` paging, and the
 * 10,000-result ceiling (docs/HUBSPOT.md §6.3). Dates compare as instants whether written as
 * epoch milliseconds or ISO strings, as HubSpot accepts both for hs_lastmodifieddate filters.
 */
const filterSchema = z.object({
  propertyName: z.string(),
  operator: z.enum([
    'EQ',
    'NEQ',
    'LT',
    'LTE',
    'GT',
    'GTE',
    'BETWEEN',
    'IN',
    'NOT_IN',
    'HAS_PROPERTY',
    'NOT_HAS_PROPERTY',
    'CONTAINS_TOKEN',
    'NOT_CONTAINS_TOKEN',
  ]),
  value: z.string().optional(),
  highValue: z.string().optional(),
  values: z.array(z.string()).optional(),
});

const sortSchema = z.union([
  z.string(),
  z.object({ propertyName: z.string(), direction: z.enum(['ASCENDING', 'DESCENDING']).optional() }),
]);

export const searchRequestSchema = z.object({
  filterGroups: z.array(z.object({ filters: z.array(filterSchema) })).max(5),
  sorts: z.array(sortSchema).optional(),
  properties: z.array(z.string()).optional(),
  limit: z.number().int().min(0).max(200).optional(),
  after: z.string().optional(),
  query: z.string().optional(),
});

export type SearchRequest = z.infer<typeof searchRequestSchema>;
type Filter = z.infer<typeof filterSchema>;

/** Properties of one record as the search sees them; `associations.<type>` lists associated ids. */
export type SearchableValues = (propertyName: string) => string | readonly string[] | null;

export const SEARCH_RESULT_CEILING = 10_000;

export function evaluateSearchFilters(request: SearchRequest, valuesOf: SearchableValues): boolean {
  if (request.filterGroups.length === 0) return true;
  return request.filterGroups.some((group) => group.filters.every((filter) => evaluateFilter(filter, valuesOf)));
}

export function toSortKey(request: SearchRequest): { propertyName: string; descending: boolean } {
  const sort = request.sorts?.[0];
  if (sort === undefined) return { propertyName: 'hs_object_id', descending: false };
  if (typeof sort === 'string') {
    return sort.startsWith('-')
      ? { propertyName: sort.slice(1), descending: true }
      : { propertyName: sort, descending: false };
  }
  return { propertyName: sort.propertyName, descending: sort.direction === 'DESCENDING' };
}

export function compareSearchValues(left: string | null, right: string | null): number {
  if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
  const a = toComparable(left);
  const b = toComparable(right);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

function evaluateFilter(filter: Filter, valuesOf: SearchableValues): boolean {
  const raw = valuesOf(filter.propertyName);
  const values = raw === null ? [] : typeof raw === 'string' ? [raw] : [...raw];
  const present = values.some((value) => value !== '');
  switch (filter.operator) {
    case 'HAS_PROPERTY':
      return present;
    case 'NOT_HAS_PROPERTY':
      return !present;
    case 'IN':
      return values.some((value) => (filter.values ?? []).some((wanted) => compareSearchValues(value, wanted) === 0));
    case 'NOT_IN':
      return !values.some((value) => (filter.values ?? []).some((wanted) => compareSearchValues(value, wanted) === 0));
    case 'NEQ':
      return !values.some((value) => compareSearchValues(value, filter.value ?? null) === 0);
    case 'CONTAINS_TOKEN':
      return values.some((value) =>
        value.toLowerCase().includes((filter.value ?? '').replaceAll('*', '').toLowerCase()),
      );
    case 'NOT_CONTAINS_TOKEN':
      return !values.some((value) =>
        value.toLowerCase().includes((filter.value ?? '').replaceAll('*', '').toLowerCase()),
      );
    default:
      return values.some((value) => evaluateComparison(filter, value));
  }
}

function evaluateComparison(filter: Filter, value: string): boolean {
  const against = compareSearchValues(value, filter.value ?? null);
  switch (filter.operator) {
    case 'EQ':
      return against === 0;
    case 'LT':
      return against < 0;
    case 'LTE':
      return against <= 0;
    case 'GT':
      return against > 0;
    case 'GTE':
      return against >= 0;
    case 'BETWEEN':
      return against >= 0 && compareSearchValues(value, filter.highValue ?? null) <= 0;
    default:
      return false;
  }
}

function toComparable(value: string): number | string {
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const instant = Date.parse(value);
    if (!Number.isNaN(instant)) return instant;
  }
  return value.toLowerCase();
}
