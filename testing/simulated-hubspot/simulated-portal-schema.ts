import { z } from 'zod';
import { toSimulatedError } from './simulated-route.ts';
import type { SimulatedAnswer, SimulatedRoute } from './simulated-route.ts';

/**
 * The portal's data model in the simulated HubSpot: property groups and properties per object type, and custom
 * object schemas, behind the endpoints `npm run hubspot:setup` calls. It refuses what HubSpot refuses where a
 * setup bug would show: a property in a group that does not exist, a second property or schema of one name, a
 * primary display property the object does not have, an associated object it cannot name. A portal without
 * custom objects (not Enterprise) answers 403 to every schema call.
 */

export interface SimulatedOption {
  label: string;
  value: string;
  hidden: boolean;
  displayOrder?: number;
  description?: string;
}

export interface SimulatedProperty {
  name: string;
  label: string;
  description: string;
  groupName: string;
  type: string;
  fieldType: string;
  options: SimulatedOption[];
  hasUniqueValue: boolean;
}

export interface SimulatedObjectSchema {
  id: string;
  objectTypeId: string;
  name: string;
  fullyQualifiedName: string;
  labels: { singular: string; plural: string };
  description?: string;
  primaryDisplayProperty?: string;
  secondaryDisplayProperties: string[];
  searchableProperties: string[];
  requiredProperties: string[];
  /** Object type ids, e.g. `0-2` for companies. */
  associatedObjectTypeIds: string[];
}

export interface SimulatedPortalSchemaOptions {
  /** Custom objects' fully qualified names are `p{portalId}_{name}`. */
  portalId: string;
  /** Whether the portal has custom objects (an Enterprise subscription). */
  customObjects: boolean;
  now: () => number;
  /** The canonical name of an object type as paths name it (`0-2` → companies, a type id → its full name). */
  toType: (name: string) => string;
  /** Makes `alias` another name of `type` in every path, as a new schema's type id is. */
  addAlias: (alias: string, type: string) => void;
}

export interface SimulatedPortalSchema {
  routes: SimulatedRoute[];
  properties(objectType: string): readonly SimulatedProperty[];
  objectSchemas(): readonly SimulatedObjectSchema[];
}

/** What a schema create body names in `associatedObjects` (HubSpot's documented names), by object type id. */
const ASSOCIATED_OBJECT_TYPE_IDS: Readonly<Record<string, string>> = {
  CONTACT: '0-1',
  COMPANY: '0-2',
  DEAL: '0-3',
  TICKET: '0-5',
};

/** A portal's own groups and one property per standard object before anything is added. */
const STANDARD_GROUPS: Readonly<Record<string, string>> = {
  companies: 'companyinformation',
  deals: 'dealinformation',
  contacts: 'contactinformation',
};
const STANDARD_NAME_PROPERTIES: Readonly<Record<string, string>> = {
  companies: 'name',
  deals: 'dealname',
  contacts: 'email',
};

const optionSchema = z.object({
  label: z.string(),
  value: z.string(),
  hidden: z.boolean(),
  displayOrder: z.number().int().optional(),
  description: z.string().optional(),
});
const propertyName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lowercase letters, digits and underscores');
const propertyInputSchema = z.object({
  name: propertyName,
  label: z.string().min(1),
  description: z.string().optional(),
  groupName: z.string().optional(),
  type: z.enum(['string', 'number', 'date', 'datetime', 'enumeration', 'bool', 'phone_number']),
  fieldType: z.string().min(1),
  options: z.array(optionSchema).optional(),
  hasUniqueValue: z.boolean().optional(),
});
type PropertyInput = z.infer<typeof propertyInputSchema>;
const groupInputSchema = z.object({
  name: propertyName,
  label: z.string().min(1),
  displayOrder: z.number().optional(),
});
const propertyUpdateSchema = z.object({
  label: z.string().optional(),
  description: z.string().optional(),
  groupName: z.string().optional(),
  options: z.array(optionSchema).optional(),
});
const labelsSchema = z.object({ singular: z.string().min(1), plural: z.string().min(1) });
const schemaEggSchema = z.object({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'letters, digits and underscores, starting with a letter'),
  labels: labelsSchema,
  description: z.string().optional(),
  primaryDisplayProperty: z.string().optional(),
  secondaryDisplayProperties: z.array(z.string()).optional(),
  searchableProperties: z.array(z.string()).optional(),
  requiredProperties: z.array(z.string()),
  associatedObjects: z.array(z.string()),
  properties: z.array(propertyInputSchema),
});
const schemaPatchSchema = z.object({
  labels: labelsSchema.optional(),
  description: z.string().optional(),
  primaryDisplayProperty: z.string().optional(),
  secondaryDisplayProperties: z.array(z.string()).optional(),
  searchableProperties: z.array(z.string()).optional(),
  requiredProperties: z.array(z.string()).optional(),
});
const associationEggSchema = z.object({ fromObjectTypeId: z.string(), toObjectTypeId: z.string() });

export function createSimulatedPortalSchema(options: SimulatedPortalSchemaOptions): SimulatedPortalSchema {
  const { toType } = options;
  const groups = new Map<string, string[]>(Object.entries(STANDARD_GROUPS).map(([type, group]) => [type, [group]]));
  const properties = new Map<string, SimulatedProperty[]>(
    Object.entries(STANDARD_NAME_PROPERTIES).map(([type, name]) => [
      type,
      [toProperty({ name, label: name, type: 'string', fieldType: 'text' }, STANDARD_GROUPS[type] ?? '')],
    ]),
  );
  const schemas: SimulatedObjectSchema[] = [];
  let nextSchemaId = 1_000;
  let nextAssociationId = 200;
  const stamp = () => new Date(options.now()).toISOString();

  const groupsOf = (type: string): string[] => groups.get(toType(type)) ?? [];
  const propertiesOf = (type: string): SimulatedProperty[] => {
    const canonical = toType(type);
    const existing = properties.get(canonical);
    if (existing) return existing;
    const created: SimulatedProperty[] = [];
    properties.set(canonical, created);
    return created;
  };
  const findSchema = (type: string) => schemas.find((schema) => schema.fullyQualifiedName === toType(type));

  function parse<T>(schema: z.ZodType<T>, body: unknown): T | SimulatedAnswer {
    const parsed = schema.safeParse(body);
    return parsed.success
      ? parsed.data
      : toSimulatedError(400, 'VALIDATION_ERROR', `Invalid input JSON: ${parsed.error.message}`);
  }

  const isAnswer = (value: unknown): value is SimulatedAnswer =>
    typeof value === 'object' && value !== null && 'status' in value && 'body' in value;

  const forbidden = () =>
    toSimulatedError(403, 'MISSING_SCOPES', 'This portal does not have access to custom objects (Enterprise only).');

  function toPropertyJson(property: SimulatedProperty) {
    return { ...property, archived: false, createdAt: stamp(), updatedAt: stamp() };
  }

  function toObjectTypeDefinitionJson(schema: SimulatedObjectSchema) {
    const { associatedObjectTypeIds: _associated, ...definition } = schema;
    return { ...definition, archived: false, createdAt: stamp(), updatedAt: stamp() };
  }

  function toObjectSchemaJson(schema: SimulatedObjectSchema) {
    return {
      ...toObjectTypeDefinitionJson(schema),
      properties: propertiesOf(schema.fullyQualifiedName).map(toPropertyJson),
      associations: schema.associatedObjectTypeIds.map((toObjectTypeId) => ({
        id: String((nextAssociationId += 1)),
        fromObjectTypeId: schema.objectTypeId,
        toObjectTypeId,
        name: `${schema.name}_to_${toObjectTypeId}`,
      })),
    };
  }

  /** Creates one property, or says why HubSpot would not. */
  function createProperty(type: string, input: PropertyInput): SimulatedProperty | string {
    const groupName = input.groupName ?? '';
    if (!groupsOf(type).includes(groupName)) return `Property group ${groupName} does not exist on ${type}`;
    const existing = propertiesOf(type);
    if (existing.some((property) => property.name === input.name)) return `Property ${input.name} already exists`;
    const created = toProperty(input, groupName);
    existing.push(created);
    return created;
  }

  function handleGetGroups([type = '']: readonly string[]): SimulatedAnswer {
    const results = groupsOf(type).map((name, displayOrder) => ({ name, label: name, displayOrder, archived: false }));
    return { status: 200, body: { results } };
  }

  function handleCreateGroup([type = '']: readonly string[], body: unknown): SimulatedAnswer {
    const input = parse(groupInputSchema, body);
    if (isAnswer(input)) return input;
    const existing = groupsOf(type);
    if (existing.includes(input.name)) return toSimulatedError(409, 'CONFLICT', `Group ${input.name} already exists`);
    groups.set(toType(type), [...existing, input.name]);
    const answer = { name: input.name, label: input.label, displayOrder: input.displayOrder ?? -1, archived: false };
    return { status: 201, body: answer };
  }

  function handleGetProperties([type = '']: readonly string[]): SimulatedAnswer {
    return { status: 200, body: { results: propertiesOf(type).map(toPropertyJson) } };
  }

  function handleCreateProperty([type = '']: readonly string[], body: unknown): SimulatedAnswer {
    const input = parse(propertyInputSchema, body);
    if (isAnswer(input)) return input;
    const created = createProperty(type, input);
    return typeof created === 'string'
      ? toSimulatedError(400, 'VALIDATION_ERROR', created)
      : { status: 201, body: toPropertyJson(created) };
  }

  function handleBatchCreateProperties([type = '']: readonly string[], body: unknown): SimulatedAnswer {
    const input = parse(z.object({ inputs: z.array(propertyInputSchema) }), body);
    if (isAnswer(input)) return input;
    const outcomes = input.inputs.map((property) => createProperty(type, property));
    const results = outcomes.flatMap((outcome) => (typeof outcome === 'string' ? [] : [toPropertyJson(outcome)]));
    const errors = outcomes.flatMap((outcome) =>
      typeof outcome === 'string' ? [{ status: 'error', category: 'VALIDATION_ERROR', message: outcome }] : [],
    );
    const timing = { startedAt: stamp(), completedAt: stamp() };
    return errors.length === 0
      ? { status: 201, body: { status: 'COMPLETE', results, ...timing } }
      : { status: 207, body: { status: 'COMPLETE', results, errors, numErrors: errors.length, ...timing } };
  }

  /** A partial update: the fields sent overwrite the property's, options as a whole list. */
  function handleUpdateProperty([type = '', name = '']: readonly string[], body: unknown): SimulatedAnswer {
    const input = parse(propertyUpdateSchema, body);
    if (isAnswer(input)) return input;
    const property = propertiesOf(type).find((candidate) => candidate.name === name);
    if (!property) return toSimulatedError(404, 'OBJECT_NOT_FOUND', `No property ${name} on ${type}`);
    if (input.groupName !== undefined && !groupsOf(type).includes(input.groupName)) {
      return toSimulatedError(400, 'VALIDATION_ERROR', `Property group ${input.groupName} does not exist on ${type}`);
    }
    Object.assign(property, Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)));
    return { status: 200, body: toPropertyJson(property) };
  }

  function handleGetSchemas(): SimulatedAnswer {
    if (!options.customObjects) return forbidden();
    return { status: 200, body: { results: schemas.map(toObjectSchemaJson) } };
  }

  function handleCreateSchema(_params: readonly string[], body: unknown): SimulatedAnswer {
    if (!options.customObjects) return forbidden();
    const egg = parse(schemaEggSchema, body);
    if (isAnswer(egg)) return egg;
    if (schemas.some((schema) => schema.name === egg.name)) {
      return toSimulatedError(409, 'CONFLICT', `An object schema named ${egg.name} already exists`);
    }
    const unknown = egg.associatedObjects.filter((name) => ASSOCIATED_OBJECT_TYPE_IDS[name] === undefined);
    if (unknown.length > 0) {
      return toSimulatedError(400, 'VALIDATION_ERROR', `Unknown associated objects: ${unknown.join(', ')}`);
    }
    const names = new Set(egg.properties.map((property) => property.name));
    const unnamed = [egg.primaryDisplayProperty, ...egg.requiredProperties].filter(
      (name): name is string => name !== undefined && !names.has(name),
    );
    if (unnamed.length > 0) {
      return toSimulatedError(400, 'VALIDATION_ERROR', `Not properties of the object: ${unnamed.join(', ')}`);
    }
    nextSchemaId += 1;
    const schema: SimulatedObjectSchema = {
      id: String(nextSchemaId),
      objectTypeId: `2-${nextSchemaId}`,
      name: egg.name,
      fullyQualifiedName: `p${options.portalId}_${egg.name}`,
      labels: egg.labels,
      ...(egg.description === undefined ? {} : { description: egg.description }),
      ...(egg.primaryDisplayProperty === undefined ? {} : { primaryDisplayProperty: egg.primaryDisplayProperty }),
      secondaryDisplayProperties: egg.secondaryDisplayProperties ?? [],
      searchableProperties: egg.searchableProperties ?? [],
      requiredProperties: egg.requiredProperties,
      associatedObjectTypeIds: egg.associatedObjects.flatMap((name) => ASSOCIATED_OBJECT_TYPE_IDS[name] ?? []),
    };
    schemas.push(schema);
    options.addAlias(schema.objectTypeId, schema.fullyQualifiedName);
    const groupName = `${egg.name}_information`;
    groups.set(schema.fullyQualifiedName, [groupName]);
    properties.set(
      schema.fullyQualifiedName,
      egg.properties.map((property) => toProperty(property, property.groupName ?? groupName)),
    );
    return { status: 201, body: toObjectSchemaJson(schema) };
  }

  function handleUpdateSchema([type = '']: readonly string[], body: unknown): SimulatedAnswer {
    if (!options.customObjects) return forbidden();
    const patch = parse(schemaPatchSchema, body);
    if (isAnswer(patch)) return patch;
    const schema = findSchema(type);
    if (!schema) return toSimulatedError(404, 'OBJECT_NOT_FOUND', `No object schema ${type}`);
    const names = new Set(propertiesOf(schema.fullyQualifiedName).map((property) => property.name));
    const named = [patch.primaryDisplayProperty, ...(patch.requiredProperties ?? [])];
    const unnamed = named.filter((name): name is string => name !== undefined && !names.has(name));
    if (unnamed.length > 0) {
      return toSimulatedError(400, 'VALIDATION_ERROR', `Not properties of the object: ${unnamed.join(', ')}`);
    }
    Object.assign(schema, Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)));
    return { status: 200, body: toObjectTypeDefinitionJson(schema) };
  }

  function handleCreateAssociation([type = '']: readonly string[], body: unknown): SimulatedAnswer {
    if (!options.customObjects) return forbidden();
    const egg = parse(associationEggSchema, body);
    if (isAnswer(egg)) return egg;
    const schema = findSchema(type);
    if (!schema) return toSimulatedError(404, 'OBJECT_NOT_FOUND', `No object schema ${type}`);
    if (!schema.associatedObjectTypeIds.includes(egg.toObjectTypeId)) {
      schema.associatedObjectTypeIds.push(egg.toObjectTypeId);
    }
    const answer = { id: String((nextAssociationId += 1)), ...egg, name: `${schema.name}_to_${egg.toObjectTypeId}` };
    return { status: 201, body: answer };
  }

  const routes: SimulatedRoute[] = [
    toRoute('GET', '/crm/v3/properties/{type}/groups', handleGetGroups),
    toRoute('POST', '/crm/v3/properties/{type}/groups', handleCreateGroup),
    toRoute('POST', '/crm/v3/properties/{type}/batch/create', handleBatchCreateProperties),
    toRoute('GET', '/crm/v3/properties/{type}', handleGetProperties),
    toRoute('POST', '/crm/v3/properties/{type}', handleCreateProperty),
    toRoute('PATCH', '/crm/v3/properties/{type}/{name}', handleUpdateProperty),
    toRoute('GET', '/crm-object-schemas/v3/schemas', handleGetSchemas),
    toRoute('POST', '/crm-object-schemas/v3/schemas', handleCreateSchema),
    toRoute('PATCH', '/crm-object-schemas/v3/schemas/{type}', handleUpdateSchema),
    toRoute('POST', '/crm-object-schemas/v3/schemas/{type}/associations', handleCreateAssociation),
  ];

  return {
    routes,
    properties: (objectType) => propertiesOf(objectType).map((property) => structuredClone(property)),
    objectSchemas: () => schemas.map((schema) => structuredClone(schema)),
  };
}

/** A route whose `{…}` path segments are its parameters, in order; setup calls count against the burst budget. */
function toRoute(method: string, template: string, handle: SimulatedRoute['handle']): SimulatedRoute {
  const pattern = new RegExp(`^${template.replaceAll(/\{\w+\}/g, '([^/]+)')}$`);
  return { method, pattern, name: `${method} ${template}`, budget: 'burst', handle };
}

function toProperty(input: PropertyInput, groupName: string): SimulatedProperty {
  return {
    name: input.name,
    label: input.label,
    description: input.description ?? '',
    groupName,
    type: input.type,
    fieldType: input.fieldType,
    options: input.options ?? [],
    hasUniqueValue: input.hasUniqueValue ?? false,
  };
}
