import type { EngagementType, StakeholderRole } from '@liftoff/shared/domain/index';
import type { CompanyContext, CompanyReadOptions } from '../../onboarding/ports/crm-gateway.ts';
import { readAssociations, readRecords } from './batch-read.ts';
import type { AssociatedObject } from './batch-read.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import { parseHubSpotText } from '../model/hubspot-value.ts';
import type { HubSpotRecord } from '../model/hubspot-record.ts';
import type { LiftoffObjectTypes } from './liftoff-object-type-cache.ts';
import { companyPropertyCodecs } from '../model/liftoff-properties.ts';
import { COMPANY_OWNER_PROPERTY, parseOwnerId } from '../model/owner-property.ts';
import { liftoffRecordProperties, toCriterion, toMilestone, toStoredSignal } from '../model/liftoff-records.ts';
import type { LiftoffObject } from '../model/liftoff-records.ts';
import type { PipelineStageCache } from './pipeline-stage-cache.ts';
import { listPropertyNames, toFields } from '../model/property-codec.ts';
import { engagementProperties, toEngagement } from './to-engagement.ts';
import { toRolesByContact } from './to-roles-by-contact.ts';
import { listContactProperties, toStakeholder } from './to-stakeholder.ts';
import { ticketProperties, toTicket } from './to-ticket.ts';

export interface HubSpotReadContext {
  client: PortalClient;
  stages: PipelineStageCache;
  rolesByTypeId: () => Promise<Map<number, StakeholderRole>>;
  objectTypes: () => Promise<LiftoffObjectTypes>;
  /** The contact property holding a stakeholder's personal KPI or motivation. */
  kpiProperty: string;
}

const engagementObjects: Record<EngagementType, string> = { email: 'emails', call: 'calls', meeting: 'meetings' };
const engagementTypes = Object.keys(engagementObjects) as EngagementType[];
const liftoffObjects: LiftoffObject[] = ['criterion', 'milestone', 'signal'];
const companyProperties = ['name', 'domain', ...listPropertyNames(companyPropertyCodecs)];

type AssociationsByCompany = Map<string, AssociatedObject[]>;

function listAssociatedIds(associations: AssociationsByCompany): string[] {
  return [...associations.values()].flatMap((objects) => objects.map((object) => object.id));
}

function indexById(records: readonly HubSpotRecord[]): Map<string, HubSpotRecord> {
  return new Map(records.map((record) => [record.id, record]));
}

function pickAssociated(companyId: string, associations: AssociationsByCompany, records: Map<string, HubSpotRecord>) {
  return (associations.get(companyId) ?? []).flatMap((object) => records.get(object.id) ?? []);
}

interface AssociatedRecords {
  associations: AssociationsByCompany;
  records: Map<string, HubSpotRecord>;
}

/** Portals without Liftoff's custom objects (not Enterprise) keep these records in Liftoff's store: none here. */
async function readLiftoffRecords(
  context: HubSpotReadContext,
  companyIds: readonly string[],
): Promise<Record<LiftoffObject, AssociatedRecords>> {
  const objectTypes = await context.objectTypes();
  const [criterion, milestone, signal] = await Promise.all(
    liftoffObjects.map(async (object): Promise<AssociatedRecords> => {
      const objectType = objectTypes[object];
      if (objectType === null) return { associations: new Map(), records: new Map() };
      const associations = await readAssociations(context.client, 'companies', objectType, companyIds);
      const records = await readRecords(
        context.client,
        objectType,
        listAssociatedIds(associations),
        liftoffRecordProperties[object],
      );
      return { associations, records: indexById(records) };
    }),
  );
  const none: AssociatedRecords = { associations: new Map(), records: new Map() };
  return { criterion: criterion ?? none, milestone: milestone ?? none, signal: signal ?? none };
}

/**
 * Each engagement with the contact it was with: the first contact HubSpot associates with it (who is silent, whom
 * else to go through). Its contacts are read batched, like its records, once the company's engagements are known.
 */
async function readEngagements(context: HubSpotReadContext, companyIds: readonly string[]) {
  return Promise.all(
    engagementTypes.map(async (type) => {
      const object = engagementObjects[type];
      const associations = await readAssociations(context.client, 'companies', object, companyIds);
      const ids = listAssociatedIds(associations);
      const [records, contacts] = await Promise.all([
        readRecords(context.client, object, ids, engagementProperties[type]),
        readAssociations(context.client, object, 'contacts', ids),
      ]);
      const contactOf = (engagementId: string) => contacts.get(engagementId)?.[0]?.id ?? null;
      return { type, associations, records: indexById(records), contactOf };
    }),
  );
}

async function readContacts(context: HubSpotReadContext, companyIds: readonly string[]) {
  const associations = await readAssociations(context.client, 'companies', 'contacts', companyIds);
  const ids = listAssociatedIds(associations);
  const records = await readRecords(context.client, 'contacts', ids, listContactProperties(context.kpiProperty));
  return { associations, records: indexById(records) };
}

async function readTickets(context: HubSpotReadContext, companyIds: readonly string[]) {
  const associations = await readAssociations(context.client, 'companies', 'tickets', companyIds);
  const records = await readRecords(context.client, 'tickets', listAssociatedIds(associations), ticketProperties);
  const stageIds = records.flatMap((record) => record.properties['hs_pipeline_stage'] ?? []);
  const stages = await context.stages.stagesOf('tickets', [...new Set(stageIds)]);
  return { associations, records: indexById(records), stages };
}

/** The mapped usage properties' values; a property HubSpot sends no value for reads as null. */
function pickUsageProperties(company: HubSpotRecord, names: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(names.map((name) => [name, company.properties[name] ?? null]));
}

/**
 * A batch of companies with everything Liftoff reads about them. Every read is batched across the whole batch of
 * companies (100 records or 1,000 association ids per call) and all run at once; the portal client paces them.
 * The portal's mapped usage properties and its owner property ride along in the same company read (no extra call).
 */
export async function readCompanyContexts(
  context: HubSpotReadContext,
  companyIds: readonly string[],
  options: CompanyReadOptions = {},
): Promise<CompanyContext[]> {
  const ids = [...new Set(companyIds)];
  if (ids.length === 0) return [];
  const usageProperties = options.usageProperties ?? [];
  const ownerProperty = options.ownerProperty ?? COMPANY_OWNER_PROPERTY;
  const properties = [...new Set([...companyProperties, ownerProperty, ...usageProperties])];
  const [companies, contacts, engagements, tickets, liftoff] = await Promise.all([
    readRecords(context.client, 'companies', ids, properties),
    readContacts(context, ids),
    readEngagements(context, ids),
    readTickets(context, ids),
    readLiftoffRecords(context, ids),
  ]);
  return Promise.all(
    companies.map(async (company): Promise<CompanyContext> => {
      const contactAssociations = contacts.associations.get(company.id) ?? [];
      const roles = await toRolesByContact(context.rolesByTypeId, contactAssociations);
      return {
        companyId: company.id,
        name: parseHubSpotText(company.properties['name']),
        domain: parseHubSpotText(company.properties['domain']),
        fields: toFields(companyPropertyCodecs, company.properties),
        stakeholders: pickAssociated(company.id, contacts.associations, contacts.records).map((contact) =>
          toStakeholder(contact, roles.get(contact.id) ?? [], context.kpiProperty),
        ),
        engagements: engagements.flatMap(({ type, associations, records, contactOf }) =>
          pickAssociated(company.id, associations, records).flatMap(
            (record) => toEngagement(type, record, contactOf(record.id)) ?? [],
          ),
        ),
        tickets: pickAssociated(company.id, tickets.associations, tickets.records).flatMap(
          (record) => toTicket(record, tickets.stages) ?? [],
        ),
        criteria: pickAssociated(company.id, liftoff.criterion.associations, liftoff.criterion.records).flatMap(
          (record) => toCriterion(record.properties) ?? [],
        ),
        milestones: pickAssociated(company.id, liftoff.milestone.associations, liftoff.milestone.records).flatMap(
          (record) => toMilestone(record.properties) ?? [],
        ),
        signals: pickAssociated(company.id, liftoff.signal.associations, liftoff.signal.records).flatMap(
          (record) => toStoredSignal(record.properties) ?? [],
        ),
        ownerId: parseOwnerId(company.properties[ownerProperty]),
        ...(usageProperties.length === 0 ? {} : { usageProperties: pickUsageProperties(company, usageProperties) }),
      };
    }),
  );
}
