import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import {
  SEARCH_RESULT_CEILING,
  compareSearchValues,
  evaluateSearchFilters,
  searchRequestSchema,
  toSortKey,
} from './simulated-hubspot-search.ts';
import type { SearchRequest } from './simulated-hubspot-search.ts';
import { createSimulatedAssociationStore } from './simulated-association-store.ts';
import type { SimulatedAssociationType, StoredAssociation } from './simulated-association-store.ts';
import { createSimulatedPortalSchema } from './simulated-portal-schema.ts';
import type { SimulatedObjectSchema, SimulatedProperty } from './simulated-portal-schema.ts';
import { createSimulatedOwners } from './simulated-owners.ts';
import type { SimulatedOwnerInput } from './simulated-owners.ts';
import { createSimulatedRecordTable } from './simulated-record-table.ts';
import { toSimulatedError } from './simulated-route.ts';
import type { SimulatedAnswer, SimulatedBudget, SimulatedRoute } from './simulated-route.ts';
import type { SimulatedRecord, SimulatedRecordTable } from './simulated-record-table.ts';

export type { SimulatedAssociationType, StoredAssociation } from './simulated-association-store.ts';
export type { SimulatedRecord } from './simulated-record-table.ts';
export type { SimulatedOwnerInput } from './simulated-owners.ts';
export type { SimulatedObjectSchema, SimulatedOption, SimulatedProperty } from './simulated-portal-schema.ts';

/**
 * A local stand-in for api.hubapi.com for the benchmark and the tests: a loopback HTTP server answering, from an
 * in-memory dataset, the endpoints a full company refresh needs (the owners list included) and those `npm run hubspot:setup` calls (properties,
 * groups, custom object schemas, association labels: simulated-portal-schema.ts), in the shapes of HubSpot's OpenAPI
 * documents. It enforces the burst budget over a rolling window (scalable: 190 per 1000 ms keeps
 * runs short) and answers 429 TEN_SECONDLY_ROLLING past it; search has its own per-second budget;
 * v4 association batch endpoints and search are exempt from the burst budget, as the OpenAPI
 * documents' x-hubspot-rate-limit-exemptions say. Rejected calls do not consume the budget.
 */

export interface SimulatedRecordInput {
  id: string;
  properties: Record<string, string | null>;
  /** Epoch ms; defaults to the server's now at seeding. */
  createdAt?: number;
  updatedAt?: number;
}

export interface SimulatedAssociationInput {
  from: { type: string; id: string };
  to: { type: string; id: string };
  /** HUBSPOT_DEFINED type ids (e.g. 280 company→contact) or USER_DEFINED labelled ones. */
  types: readonly SimulatedAssociationType[];
}

export interface SimulatedPipelineInput {
  id: string;
  label: string;
  stages: readonly { id: string; label: string; metadata: Record<string, string> }[];
}

export interface SimulatedDataset {
  /** Records by object type name as used in paths: companies, contacts, emails, calls, meetings, tickets, p123_onboarding… */
  objects?: Record<string, readonly SimulatedRecordInput[]>;
  associations?: readonly SimulatedAssociationInput[];
  /** Pipelines by object type (tickets, deals). Tickets get HubSpot's default support pipeline unless given. */
  pipelines?: Record<string, readonly SimulatedPipelineInput[]>;
  /** Other names of an object type, e.g. a custom object's `2-12345` for `p4242_onboarding`. */
  aliases?: Record<string, string>;
  /**
   * Association type definitions per pair (GET /crm/v4/associations/{from}/{to}/labels). An unlabelled
   * HUBSPOT_DEFINED entry is the pair's default type for batch/associate/default; the standard
   * pairs (company↔contact, deal, ticket, email, call, meeting, note, task) have theirs built in.
   */
  associationLabels?: readonly SimulatedAssociationLabel[];
  /** The portal's owners (GET /crm/v3/owners), whose ids owner properties such as `hubspot_owner_id` hold. */
  owners?: readonly SimulatedOwnerInput[];
}

export interface SimulatedAssociationLabel {
  from: string;
  to: string;
  category: SimulatedAssociationType['category'];
  typeId: number;
  label?: string;
}

export type SimulatedLimits = Pick<
  SimulatedHubSpotOptions,
  'burstLimit' | 'burstWindowMs' | 'searchLimit' | 'searchWindowMs'
>;

export interface SimulatedHubSpotOptions {
  /** Accepted non-exempt calls per rolling window (HubSpot: 190 per 10 s for Professional/Enterprise). */
  burstLimit?: number;
  burstWindowMs?: number;
  searchLimit?: number;
  searchWindowMs?: number;
  /** When set, accepted calls past it are answered 429 DAILY. */
  dailyLimit?: number | null;
  /** Delay before each answer, to imitate HubSpot's latency. */
  latencyMs?: number;
  /** When set, requests must carry `Authorization: Bearer <accessToken>`. */
  accessToken?: string;
  /** The portal it answers as (custom objects are named `p{portalId}_{name}`); default 1. */
  portalId?: string;
  /** Whether the portal has custom objects (Enterprise); without them schema calls answer 403. Default true. */
  customObjects?: boolean;
  now?: () => number;
  /** Sees every exchange, e.g. for a test that checks them against the OpenAPI documents. */
  onExchange?: (exchange: SimulatedExchange) => void;
}

export interface SimulatedExchange {
  method: string;
  path: string;
  query: Record<string, string>;
  requestBody: unknown;
  status: number;
  responseBody: unknown;
}

export interface SimulatedHubSpotStats {
  calls: number;
  rateLimited: number;
  /** The most accepted burst calls ever seen inside one rolling window: ≤ burstLimit by construction. */
  busiestWindow: number;
  byRoute: Record<string, number>;
}

export interface SimulatedHubSpot {
  /** e.g. http://127.0.0.1:54321 — pass as createPortalClient's basePath. */
  readonly baseUrl: string;
  seed(dataset: SimulatedDataset): void;
  records(objectType: string): readonly SimulatedRecord[];
  associationsOf(fromType: string, fromId: string, toType: string): readonly StoredAssociation[];
  /** The properties of an object type (a standard one, or a custom object by type id or full name). */
  properties(objectType: string): readonly SimulatedProperty[];
  objectSchemas(): readonly SimulatedObjectSchema[];
  stats(): SimulatedHubSpotStats;
  /** New budgets from now on, with empty windows (e.g. after a warm-up run with none); busiestWindow restarts. */
  setLimits(limits: SimulatedLimits): void;
  close(): Promise<void>;
}

type Answer = SimulatedAnswer;
type Budget = SimulatedBudget;

/** Object type ids and singular names HubSpot accepts in paths, mapped to the plural names we store under. */
const STANDARD_ALIASES: Readonly<Record<string, string>> = {
  '0-1': 'contacts',
  contact: 'contacts',
  '0-2': 'companies',
  company: 'companies',
  '0-3': 'deals',
  deal: 'deals',
  '0-5': 'tickets',
  ticket: 'tickets',
  '0-49': 'emails',
  email: 'emails',
  '0-48': 'calls',
  call: 'calls',
  '0-47': 'meetings',
  meeting: 'meetings',
  '0-46': 'notes',
  note: 'notes',
  '0-27': 'tasks',
  task: 'tasks',
};

/** Default (unlabelled) HUBSPOT_DEFINED type ids per pair (SDK AssociationTypes). */
const STANDARD_DEFAULT_TYPE_IDS: Readonly<Record<string, number>> = {
  'contacts/companies': 279,
  'companies/contacts': 280,
  'deals/companies': 341,
  'companies/deals': 342,
  'tickets/companies': 339,
  'companies/tickets': 340,
  'emails/companies': 186,
  'companies/emails': 185,
  'calls/companies': 182,
  'companies/calls': 181,
  'meetings/companies': 188,
  'companies/meetings': 187,
  'notes/companies': 190,
  'companies/notes': 189,
  'tasks/companies': 192,
  'companies/tasks': 191,
  'contacts/deals': 4,
  'deals/contacts': 3,
  'tickets/contacts': 16,
  'contacts/tickets': 15,
};

/** HUBSPOT_DEFINED association types and their inverse (docs/HUBSPOT.md §6.3; SDK AssociationTypes). */
const INVERSE_TYPE_IDS: ReadonlyMap<number, number> = new Map(
  [
    [279, 280],
    [1, 2],
    [341, 342],
    [5, 6],
    [339, 340],
    [26, 25],
    [186, 185],
    [182, 181],
    [188, 187],
    [190, 189],
    [192, 191],
    [3, 4],
    [15, 16],
  ].flatMap(([a = 0, b = 0]) => [
    [a, b],
    [b, a],
  ]),
);

const DEFAULT_TICKET_PIPELINE: SimulatedPipelineInput = {
  id: '0',
  label: 'Support Pipeline',
  stages: [
    { id: '1', label: 'New', metadata: { ticketState: 'OPEN' } },
    { id: '2', label: 'Waiting on contact', metadata: { ticketState: 'OPEN' } },
    { id: '3', label: 'Waiting on us', metadata: { ticketState: 'OPEN' } },
    { id: '4', label: 'Closed', metadata: { ticketState: 'CLOSED' } },
  ],
};

const BATCH_LIMIT = 100;
const ASSOCIATION_READ_LIMIT = 1_000;

const idInputsSchema = z.object({ inputs: z.array(z.object({ id: z.string() })) });
const batchReadSchema = z.object({
  inputs: z.array(z.object({ id: z.string() })),
  properties: z.array(z.string()).optional(),
  idProperty: z.string().optional(),
});
const propertiesSchema = z.record(z.string(), z.string().nullable());
const batchUpdateSchema = z.object({ inputs: z.array(z.object({ id: z.string(), properties: propertiesSchema })) });
const batchUpsertSchema = z.object({
  inputs: z.array(z.object({ id: z.string(), idProperty: z.string().optional(), properties: propertiesSchema })),
});
const batchCreateSchema = z.object({ inputs: z.array(z.object({ properties: propertiesSchema })) });
const associationSpecSchema = z.object({
  associationCategory: z.enum(['HUBSPOT_DEFINED', 'USER_DEFINED', 'INTEGRATOR_DEFINED']),
  associationTypeId: z.number().int(),
});
const defaultAssociationSchema = z.object({
  inputs: z.array(z.object({ from: z.object({ id: z.string() }), to: z.object({ id: z.string() }) })),
});
const associationLabelCreateSchema = z.object({ label: z.string().min(1), name: z.string().min(1) });
const associationCreateSchema = z.object({
  inputs: z.array(
    z.object({
      from: z.object({ id: z.string() }),
      to: z.object({ id: z.string() }),
      types: z.array(associationSpecSchema),
    }),
  ),
});

export async function createSimulatedHubSpot(options: SimulatedHubSpotOptions = {}): Promise<SimulatedHubSpot> {
  let burstLimit = options.burstLimit ?? 190;
  let burstWindowMs = options.burstWindowMs ?? 10_000;
  let searchLimit = options.searchLimit ?? 5;
  let searchWindowMs = options.searchWindowMs ?? 1_000;
  const now = options.now ?? (() => Date.now());
  const objects = new Map<string, SimulatedRecordTable>();
  const associations = createSimulatedAssociationStore();
  const pipelines = new Map<string, SimulatedPipelineInput[]>([['tickets', [DEFAULT_TICKET_PIPELINE]]]);
  const aliases = new Map<string, string>(Object.entries(STANDARD_ALIASES));
  const associationLabels: SimulatedAssociationLabel[] = [];
  const accepted: Record<'burst' | 'search', number[]> = { burst: [], search: [] };
  const stats: SimulatedHubSpotStats = { calls: 0, rateLimited: 0, busiestWindow: 0, byRoute: {} };
  let dailyUsed = 0;
  let nextId = 9_000_000_000;

  const toType = (name: string): string => aliases.get(name) ?? name;
  const tableOf = (type: string): SimulatedRecordTable => {
    const canonical = toType(type);
    const existing = objects.get(canonical);
    if (existing) return existing;
    const created = createSimulatedRecordTable();
    objects.set(canonical, created);
    return created;
  };

  const portalSchema = createSimulatedPortalSchema({
    portalId: options.portalId ?? '1',
    customObjects: options.customObjects ?? true,
    now,
    toType,
    addAlias: (alias, type) => aliases.set(alias, type),
  });
  const owners = createSimulatedOwners(now);

  function storeRecord(type: string, input: SimulatedRecordInput): SimulatedRecord {
    const createdAt = input.createdAt ?? now();
    const updatedAt = input.updatedAt ?? createdAt;
    const record: SimulatedRecord = {
      id: input.id,
      createdAt,
      updatedAt,
      properties: {
        ...input.properties,
        hs_object_id: input.id,
        createdate: new Date(createdAt).toISOString(),
        hs_lastmodifieddate: new Date(updatedAt).toISOString(),
      },
    };
    tableOf(type).put(record);
    return record;
  }

  function updateRecord(type: string, record: SimulatedRecord, properties: Record<string, string | null>) {
    const updatedAt = Math.max(now(), record.updatedAt + 1);
    const updated: SimulatedRecord = {
      ...record,
      properties: { ...record.properties, ...properties, hs_lastmodifieddate: new Date(updatedAt).toISOString() },
      updatedAt,
    };
    tableOf(type).put(updated);
    return updated;
  }

  function addAssociation(input: SimulatedAssociationInput): void {
    const types = input.types.map((type) => ({ ...type, label: type.label ?? null }));
    associations.add(
      { type: toType(input.from.type), id: input.from.id },
      { type: toType(input.to.type), id: input.to.id },
      types,
    );
  }

  /** Associations are readable from both ends; the far end sees the inverse HUBSPOT_DEFINED type id. */
  function readAssociations(fromType: string, fromId: string, targetType: string): StoredAssociation[] {
    return associations.read(
      toType(fromType),
      fromId,
      toType(targetType),
      (typeId) => INVERSE_TYPE_IDS.get(typeId) ?? typeId,
    );
  }

  function seed(dataset: SimulatedDataset): void {
    for (const [alias, type] of Object.entries(dataset.aliases ?? {})) aliases.set(alias, type);
    for (const [type, records] of Object.entries(dataset.objects ?? {})) {
      for (const record of records) storeRecord(type, record);
    }
    for (const association of dataset.associations ?? []) addAssociation(association);
    for (const [type, list] of Object.entries(dataset.pipelines ?? {})) pipelines.set(toType(type), [...list]);
    for (const label of dataset.associationLabels ?? []) {
      associationLabels.push({ ...label, from: toType(label.from), to: toType(label.to) });
    }
    owners.seed(dataset.owners ?? []);
  }

  function listAssociationLabels(fromType: string, targetType: string): SimulatedAssociationLabel[] {
    const from = toType(fromType);
    const to = toType(targetType);
    const seeded = associationLabels.filter((label) => label.from === from && label.to === to);
    const standard = STANDARD_DEFAULT_TYPE_IDS[`${from}/${to}`];
    const hasStandard = standard !== undefined && !seeded.some((label) => label.typeId === standard);
    return hasStandard ? [{ from, to, category: 'HUBSPOT_DEFINED', typeId: standard }, ...seeded] : seeded;
  }

  function toPublicObject(record: SimulatedRecord, properties: readonly string[] | undefined) {
    const wanted = properties && properties.length > 0 ? properties : ['createdate', 'hs_lastmodifieddate'];
    const selected: Record<string, string | null> = {
      hs_object_id: record.id,
      createdate: record.properties['createdate'] ?? null,
      hs_lastmodifieddate: record.properties['hs_lastmodifieddate'] ?? null,
    };
    for (const name of wanted) selected[name] = record.properties[name] ?? null;
    return {
      id: record.id,
      properties: selected,
      createdAt: new Date(record.createdAt).toISOString(),
      updatedAt: new Date(record.updatedAt).toISOString(),
      archived: false,
    };
  }

  function toBatchAnswer(results: unknown[], errors: unknown[], okStatus = 200): Answer {
    const timing = { startedAt: new Date(now()).toISOString(), completedAt: new Date(now()).toISOString() };
    if (errors.length === 0) return { status: okStatus, body: { status: 'COMPLETE', results, ...timing } };
    return { status: 207, body: { status: 'COMPLETE', results, errors, numErrors: errors.length, ...timing } };
  }

  function toStandardError(category: string, message: string, context: Record<string, string[]>) {
    return { status: 'error', category, message, context, errors: [], links: {} };
  }

  const toError = toSimulatedError;

  function parseOrFail<T>(schema: z.ZodType<T>, body: unknown, limit: number): T | Answer {
    const parsed = schema.safeParse(body);
    if (!parsed.success) return toError(400, 'VALIDATION_ERROR', `Invalid input JSON: ${parsed.error.message}`);
    const inputs = (parsed.data as { inputs?: unknown[] }).inputs;
    if (inputs && inputs.length > limit) {
      return toError(400, 'VALIDATION_ERROR', `Too many inputs: ${inputs.length} (at most ${limit} per batch)`);
    }
    return parsed.data;
  }

  const isAnswer = (value: unknown): value is Answer =>
    typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'number';

  function handleBatchRead([type = '']: readonly string[], body: unknown): Answer {
    const input = parseOrFail(batchReadSchema, body, BATCH_LIMIT);
    if (isAnswer(input)) return input;
    const table = tableOf(type);
    const findRecord = (id: string) =>
      input.idProperty === undefined || input.idProperty === 'hs_object_id'
        ? table.get(id)
        : table.findBy(input.idProperty, id);
    const found = input.inputs.map(({ id }) => ({ id, record: findRecord(id) }));
    const missing = found.filter((entry) => entry.record === undefined).map((entry) => entry.id);
    const results = found.flatMap(({ record }) => (record ? [toPublicObject(record, input.properties)] : []));
    const errors =
      missing.length === 0
        ? []
        : [
            toStandardError(
              'OBJECT_NOT_FOUND',
              `Could not get some ${type} objects, they may be deleted or not exist.`,
              { ids: missing },
            ),
          ];
    return toBatchAnswer(results, errors);
  }

  function handleBatchUpdate([type = '']: readonly string[], body: unknown): Answer {
    const input = parseOrFail(batchUpdateSchema, body, BATCH_LIMIT);
    if (isAnswer(input)) return input;
    const table = tableOf(type);
    const missing = input.inputs.filter(({ id }) => !table.has(id)).map(({ id }) => id);
    if (missing.length === input.inputs.length && missing.length > 0) {
      return toError(404, 'OBJECT_NOT_FOUND', `No ${type} with ids ${missing.join(', ')}`);
    }
    const results = input.inputs.flatMap(({ id, properties }) => {
      const record = table.get(id);
      return record ? [toPublicObject(updateRecord(type, record, properties), Object.keys(properties))] : [];
    });
    const errors =
      missing.length === 0
        ? []
        : [toStandardError('OBJECT_NOT_FOUND', `Could not update some ${type} objects.`, { ids: missing })];
    return toBatchAnswer(results, errors);
  }

  function handleBatchUpsert([type = '']: readonly string[], body: unknown): Answer {
    const input = parseOrFail(batchUpsertSchema, body, BATCH_LIMIT);
    if (isAnswer(input)) return input;
    const table = tableOf(type);
    const results = input.inputs.map(({ id, idProperty, properties }) => {
      const existing = idProperty === undefined ? table.get(id) : table.findBy(idProperty, id);
      if (existing) {
        return { ...toPublicObject(updateRecord(type, existing, properties), Object.keys(properties)), new: false };
      }
      const newId = idProperty === undefined ? id : String((nextId += 1));
      const withKey = idProperty === undefined ? properties : { ...properties, [idProperty]: id };
      return {
        ...toPublicObject(storeRecord(type, { id: newId, properties: withKey }), Object.keys(withKey)),
        new: true,
      };
    });
    return toBatchAnswer(results, []);
  }

  function handleBatchCreate([type = '']: readonly string[], body: unknown): Answer {
    const input = parseOrFail(batchCreateSchema, body, BATCH_LIMIT);
    if (isAnswer(input)) return input;
    const results = input.inputs.map(({ properties }) =>
      toPublicObject(storeRecord(type, { id: String((nextId += 1)), properties }), Object.keys(properties)),
    );
    return toBatchAnswer(results, [], 201);
  }

  function handleSearch([type = '']: readonly string[], body: unknown): Answer {
    const parsed = searchRequestSchema.safeParse(body);
    if (!parsed.success) return toError(400, 'VALIDATION_ERROR', `Invalid search request: ${parsed.error.message}`);
    const request: SearchRequest = parsed.data;
    const offset = Number(request.after ?? '0');
    const limit = request.limit ?? 10;
    if (!Number.isInteger(offset) || offset < 0 || offset + limit > SEARCH_RESULT_CEILING) {
      return toError(400, 'VALIDATION_ERROR', `Paging past ${SEARCH_RESULT_CEILING} results is not allowed`);
    }
    const sort = toSortKey(request);
    const matched = [...tableOf(type).values()]
      .filter((record) =>
        evaluateSearchFilters(request, (name) => {
          if (name.startsWith('associations.')) {
            return readAssociations(type, record.id, name.slice('associations.'.length)).map((a) => a.toId);
          }
          return record.properties[name] ?? null;
        }),
      )
      .sort((a, b) => {
        const order = compareSearchValues(
          a.properties[sort.propertyName] ?? null,
          b.properties[sort.propertyName] ?? null,
        );
        return sort.descending ? -order : order;
      });
    const page = matched.slice(offset, offset + limit).map((record) => toPublicObject(record, request.properties));
    const nextAfter = offset + limit;
    const paging =
      nextAfter < Math.min(matched.length, SEARCH_RESULT_CEILING) ? { next: { after: String(nextAfter) } } : undefined;
    return { status: 200, body: { total: matched.length, results: page, ...(paging ? { paging } : {}) } };
  }

  function handleAssociationRead([from = '', to = '']: readonly string[], body: unknown): Answer {
    const input = parseOrFail(idInputsSchema, body, ASSOCIATION_READ_LIMIT);
    if (isAnswer(input)) return input;
    const results = [];
    const without: string[] = [];
    for (const { id } of input.inputs) {
      const found = readAssociations(from, id, to);
      if (found.length === 0) {
        without.push(id);
        continue;
      }
      results.push({
        from: { id },
        to: found.map((a) => ({
          toObjectId: a.toId,
          associationTypes: a.types.map((type) => ({
            category: type.category,
            typeId: type.typeId,
            ...(type.label ? { label: type.label } : {}),
          })),
        })),
      });
    }
    const errors = without.map((id) =>
      toStandardError('OBJECT_NOT_FOUND', `No ${to} is associated with ${from} ${id}.`, { fromObjectId: [id] }),
    );
    return toBatchAnswer(results, errors);
  }

  function handleAssociationCreate([from = '', to = '']: readonly string[], body: unknown): Answer {
    const input = parseOrFail(associationCreateSchema, body, BATCH_LIMIT);
    if (isAnswer(input)) return input;
    const definitions = listAssociationLabels(from, to);
    const results = input.inputs.map((entry) => {
      const types = entry.types.map((type) => ({
        category: type.associationCategory,
        typeId: type.associationTypeId,
        label: definitions.find((definition) => definition.typeId === type.associationTypeId)?.label ?? null,
      }));
      addAssociation({ from: { type: from, id: entry.from.id }, to: { type: to, id: entry.to.id }, types });
      return {
        fromObjectTypeId: from,
        fromObjectId: entry.from.id,
        toObjectTypeId: to,
        toObjectId: entry.to.id,
        labels: types.flatMap((type) => type.label ?? []),
      };
    });
    return toBatchAnswer(results, [], 201);
  }

  /** Takes only the given types off each pair's association; the association and its other types stay. 204. */
  function handleAssociationLabelsArchive([from = '', to = '']: readonly string[], body: unknown): Answer {
    const input = parseOrFail(associationCreateSchema, body, BATCH_LIMIT);
    if (isAnswer(input)) return input;
    for (const entry of input.inputs) {
      associations.removeTypes(
        { type: toType(from), id: entry.from.id },
        { type: toType(to), id: entry.to.id },
        entry.types.map((type) => type.associationTypeId),
      );
    }
    return { status: 204, body: undefined };
  }

  function handleAssociationLabels([from = '', to = '']: readonly string[]): Answer {
    const results = listAssociationLabels(from, to).map((definition) => ({
      category: definition.category,
      typeId: definition.typeId,
      ...(definition.label ? { label: definition.label } : {}),
    }));
    return { status: 200, body: { results } };
  }

  /** A new USER_DEFINED label on the pair (setup's stakeholder labels); a label the pair already has is a conflict. */
  function handleCreateAssociationLabel([from = '', to = '']: readonly string[], body: unknown): Answer {
    const input = parseOrFail(associationLabelCreateSchema, body, BATCH_LIMIT);
    if (isAnswer(input)) return input;
    const existing = listAssociationLabels(from, to);
    if (existing.some((definition) => definition.label === input.label)) {
      return toError(409, 'CONFLICT', `The label ${input.label} already exists between ${from} and ${to}`);
    }
    const typeId = Math.max(99, ...associationLabels.map((definition) => definition.typeId)) + 1;
    associationLabels.push({
      from: toType(from),
      to: toType(to),
      category: 'USER_DEFINED',
      typeId,
      label: input.label,
    });
    return { status: 200, body: { results: [{ category: 'USER_DEFINED', typeId, label: input.label }] } };
  }

  function handleDefaultAssociation([from = '', to = '']: readonly string[], body: unknown): Answer {
    const input = parseOrFail(defaultAssociationSchema, body, BATCH_LIMIT);
    if (isAnswer(input)) return input;
    const spec = listAssociationLabels(from, to).find((label) => label.category === 'HUBSPOT_DEFINED' && !label.label);
    if (!spec) return toError(400, 'VALIDATION_ERROR', `No default association type between ${from} and ${to}`);
    const results = input.inputs.map((entry) => {
      const types = [{ category: spec.category, typeId: spec.typeId }];
      addAssociation({ from: { type: from, id: entry.from.id }, to: { type: to, id: entry.to.id }, types });
      return {
        from: entry.from,
        to: entry.to,
        associationSpec: { associationCategory: spec.category, associationTypeId: spec.typeId },
      };
    });
    return toBatchAnswer(results, []);
  }

  function handlePipelines([type = '']: readonly string[]): Answer {
    const stamp = new Date(0).toISOString();
    const results = (pipelines.get(toType(type)) ?? []).map((pipeline, index) => ({
      id: pipeline.id,
      label: pipeline.label,
      displayOrder: index,
      archived: false,
      createdAt: stamp,
      updatedAt: stamp,
      stages: pipeline.stages.map((stage, stageIndex) => ({
        ...stage,
        displayOrder: stageIndex,
        archived: false,
        createdAt: stamp,
        updatedAt: stamp,
      })),
    }));
    return { status: 200, body: { results } };
  }

  const segment = '([^/]+)';
  const routes: readonly SimulatedRoute[] = [
    ...(['read', 'update', 'upsert', 'create'] as const).map((verb) => ({
      method: 'POST',
      pattern: new RegExp(`^/crm/v3/objects/${segment}/batch/${verb}$`),
      name: `POST /crm/v3/objects/{type}/batch/${verb}`,
      budget: 'burst' as const,
      handle: {
        read: handleBatchRead,
        update: handleBatchUpdate,
        upsert: handleBatchUpsert,
        create: handleBatchCreate,
      }[verb],
    })),
    {
      method: 'POST',
      pattern: new RegExp(`^/crm/v3/objects/${segment}/search$`),
      name: 'POST /crm/v3/objects/{type}/search',
      budget: 'search',
      handle: handleSearch,
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/crm/v4/associations/${segment}/${segment}/batch/read$`),
      name: 'POST /crm/v4/associations/{from}/{to}/batch/read',
      budget: 'exempt',
      handle: handleAssociationRead,
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/crm/v4/associations/${segment}/${segment}/batch/create$`),
      name: 'POST /crm/v4/associations/{from}/{to}/batch/create',
      budget: 'exempt',
      handle: handleAssociationCreate,
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/crm/v4/associations/${segment}/${segment}/batch/labels/archive$`),
      name: 'POST /crm/v4/associations/{from}/{to}/batch/labels/archive',
      budget: 'exempt',
      handle: handleAssociationLabelsArchive,
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/crm/v4/associations/${segment}/${segment}/batch/associate/default$`),
      name: 'POST /crm/v4/associations/{from}/{to}/batch/associate/default',
      budget: 'exempt',
      handle: handleDefaultAssociation,
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/crm/v4/associations/${segment}/${segment}/labels$`),
      name: 'GET /crm/v4/associations/{from}/{to}/labels',
      budget: 'burst',
      handle: handleAssociationLabels,
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/crm/v4/associations/${segment}/${segment}/labels$`),
      name: 'POST /crm/v4/associations/{from}/{to}/labels',
      budget: 'burst',
      handle: handleCreateAssociationLabel,
    },
    ...portalSchema.routes,
    ...owners.routes,
    {
      method: 'GET',
      pattern: new RegExp(`^/crm/v3/pipelines/${segment}$`),
      name: 'GET /crm/v3/pipelines/{type}',
      budget: 'burst',
      handle: handlePipelines,
    },
  ];

  /** Admits a call into its budget's rolling window, or says which 429 to answer. */
  function admit(budget: Budget): Answer | null {
    if (options.dailyLimit != null && dailyUsed >= options.dailyLimit) {
      return rateLimited('You have reached your daily limit.', 'DAILY');
    }
    if (budget !== 'exempt') {
      const limit = budget === 'burst' ? burstLimit : searchLimit;
      const windowMs = budget === 'burst' ? burstWindowMs : searchWindowMs;
      const nowMs = now();
      const window = accepted[budget].filter((startMs) => startMs > nowMs - windowMs);
      accepted[budget] = window;
      if (window.length >= limit) {
        return budget === 'burst'
          ? rateLimited('You have reached your ten_secondly_rolling limit.', 'TEN_SECONDLY_ROLLING')
          : rateLimited('You have reached your secondly limit.', 'SECONDLY');
      }
      window.push(nowMs);
      if (budget === 'burst') stats.busiestWindow = Math.max(stats.busiestWindow, window.length);
    }
    dailyUsed += 1;
    return null;
  }

  function rateLimited(message: string, policyName: string): Answer {
    return {
      status: 429,
      body: { status: 'error', message, errorType: 'RATE_LIMIT', correlationId: randomUUID(), policyName },
    };
  }

  function toRateLimitHeaders(budget: Budget): Record<string, string> {
    const headers: Record<string, string> = {};
    if (budget === 'burst') {
      const nowMs = now();
      const used = accepted.burst.filter((startMs) => startMs > nowMs - burstWindowMs).length;
      headers['X-HubSpot-RateLimit-Max'] = String(burstLimit);
      headers['X-HubSpot-RateLimit-Remaining'] = String(Math.max(0, burstLimit - used));
      headers['X-HubSpot-RateLimit-Interval-Milliseconds'] = String(burstWindowMs);
    }
    if (options.dailyLimit != null) {
      headers['X-HubSpot-RateLimit-Daily'] = String(options.dailyLimit);
      headers['X-HubSpot-RateLimit-Daily-Remaining'] = String(Math.max(0, options.dailyLimit - dailyUsed));
    }
    return headers;
  }

  function answer(method: string, url: URL, body: unknown, authorization: string | undefined): Answer {
    if (options.accessToken !== undefined && authorization !== `Bearer ${options.accessToken}`) {
      return toError(401, 'INVALID_AUTHENTICATION', 'Authentication credentials not found.');
    }
    for (const route of routes) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;
      stats.byRoute[route.name] = (stats.byRoute[route.name] ?? 0) + 1;
      const refused = admit(route.budget);
      if (refused) return { ...refused, headers: toRateLimitHeaders(route.budget) };
      const params = match.slice(1).map((part) => decodeURIComponent(part));
      const result = route.handle(params, body, url.searchParams);
      return { ...result, headers: { ...toRateLimitHeaders(route.budget), ...result.headers } };
    }
    return toError(404, 'OBJECT_NOT_FOUND', `The simulated HubSpot does not serve ${method} ${url.pathname}`);
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let requestBody: unknown;
    let result: Answer;
    try {
      requestBody = text === '' ? undefined : JSON.parse(text);
      stats.calls += 1;
      result = answer(method, url, requestBody, request.headers.authorization);
    } catch {
      result = toError(400, 'VALIDATION_ERROR', 'Invalid JSON body');
    }
    if (result.status === 429) stats.rateLimited += 1;
    options.onExchange?.({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      requestBody,
      status: result.status,
      responseBody: result.body,
    });
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    response.writeHead(result.status, { 'content-type': 'application/json', ...result.headers });
    response.end(JSON.stringify(result.body));
  }

  const server = createServer((request, response) => {
    serve(request, response).catch(() => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          category: 'INTERNAL_ERROR',
          message: 'simulated HubSpot failed',
          correlationId: randomUUID(),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    seed,
    records: (type) => [...tableOf(type).values()],
    associationsOf: (fromType, fromId, to) => readAssociations(fromType, fromId, to),
    properties: (objectType) => portalSchema.properties(objectType),
    objectSchemas: () => portalSchema.objectSchemas(),
    stats: () => ({ ...stats, byRoute: { ...stats.byRoute } }),
    setLimits: (limits) => {
      accepted.burst = [];
      accepted.search = [];
      stats.busiestWindow = 0;
      burstLimit = limits.burstLimit ?? burstLimit;
      burstWindowMs = limits.burstWindowMs ?? burstWindowMs;
      searchLimit = limits.searchLimit ?? searchLimit;
      searchWindowMs = limits.searchWindowMs ?? searchWindowMs;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
