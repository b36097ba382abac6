import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/associations/v4/models/AssociationSpec.js';
import { z } from 'zod';
import type { StakeholderRole } from '@liftoff/shared/domain/index';
import type {
  CrmErrorCode,
  StakeholderLabels,
  StakeholderWrite,
  WriteResult,
} from '../../onboarding/ports/crm-gateway.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import { stakeholderLabels } from '../reads/to-stakeholder.ts';
import { writeInBatches } from './write-in-batches.ts';
import type { BatchAnswer, KeyedInput, RecordOutcome } from './write-in-batches.ts';

/** HubSpot documents the pair's ids as integers; some answers carry them as strings: both read as strings. */
const objectIdSchema = z.union([z.string(), z.number()]).transform(String);
const labelledResultsSchema = z.object({
  results: z.array(z.object({ fromObjectId: objectIdSchema, toObjectId: objectIdSchema })),
});

const contactResultsSchema = z.object({ results: z.array(z.object({ id: z.string() })) });

interface LabelInput {
  _from: { id: string };
  to: { id: string };
  types: { associationCategory: AssociationSpecAssociationCategoryEnum; associationTypeId: number }[];
}

export interface StakeholderWriteContext {
  client: PortalClient;
  /** The portal's company → contact label type ids, by the role their label names. */
  rolesByTypeId: () => Promise<Map<number, StakeholderRole>>;
  /** The contact property holding a stakeholder's personal KPI or motivation. */
  kpiProperty: string;
}

/** A result is keyed `<companyId>:<contactId>`: the same pair as the company → contact association. */
const toKey = (companyId: string, contactId: string) => `${companyId}:${contactId}`;

/** The company → contact label type of each role (the first, should an admin have made two with the same text). */
function toTypeIdByRole(rolesByTypeId: ReadonlyMap<number, StakeholderRole>): Map<StakeholderRole, number> {
  const typeIds = new Map<StakeholderRole, number>();
  for (const [typeId, role] of rolesByTypeId) if (!typeIds.has(role)) typeIds.set(role, typeId);
  return typeIds;
}

function toLabelInputs<T extends { companyId: string; contactId: string }>(
  writes: readonly T[],
  roles: (write: T) => readonly StakeholderRole[],
  typeIds: ReadonlyMap<StakeholderRole, number>,
): KeyedInput<LabelInput>[] {
  return writes.flatMap((write) => {
    const wanted = roles(write);
    if (wanted.length === 0) return [];
    const types = wanted.flatMap((role) => {
      const typeId = typeIds.get(role);
      return typeId === undefined
        ? []
        : [{ associationCategory: AssociationSpecAssociationCategoryEnum.UserDefined, associationTypeId: typeId }];
    });
    const input = { _from: { id: write.companyId }, to: { id: write.contactId }, types };
    return [{ key: toKey(write.companyId, write.contactId), input }];
  });
}

const appliedAll = (batch: readonly LabelInput[]): BatchAnswer =>
  new Map(batch.map((input) => [toKey(input._from.id, input.to.id), input.to.id]));

/**
 * Adds Liftoff's labels to company → contact associations (creating the association when the contact has none with
 * the company). Adding a label the pair already carries changes nothing.
 */
function addLabels(client: PortalClient, inputs: readonly KeyedInput<LabelInput>[]): Promise<RecordOutcome[]> {
  return writeInBatches(inputs, async (batch) => {
    // POST /crm/v4/associations/companies/contacts/batch/create: exempt from the ten-secondly budget.
    const answer = await client.call('exempt', 'companies.contacts.associations.labels.create', (sdk) =>
      sdk.crm.associations.v4.batchApi.create('companies', 'contacts', { inputs: batch }),
    );
    const { results } = labelledResultsSchema.parse(answer);
    return new Map(results.map((result) => [toKey(result.fromObjectId, result.toObjectId), result.toObjectId]));
  });
}

/**
 * Removes only the given labels from company → contact associations: the association itself, its unlabelled type
 * and every label that is not Liftoff's stay. HubSpot answers 204 for the whole batch.
 */
function removeLabels(client: PortalClient, inputs: readonly KeyedInput<LabelInput>[]): Promise<RecordOutcome[]> {
  return writeInBatches(inputs, async (batch) => {
    // POST /crm/v4/associations/companies/contacts/batch/labels/archive: exempt from the ten-secondly budget.
    await client.call('exempt', 'companies.contacts.associations.labels.archive', (sdk) =>
      sdk.crm.associations.v4.batchApi.archiveLabels('companies', 'contacts', { inputs: batch }),
    );
    return appliedAll(batch);
  });
}

/** The KPI lives in a contact property; HubSpot clears a property written as the empty string. */
function updateKpis(context: StakeholderWriteContext, writes: readonly StakeholderWrite[]): Promise<RecordOutcome[]> {
  const inputs = writes.flatMap((write) =>
    write.kpi === undefined
      ? []
      : [
          {
            key: toKey(write.companyId, write.contactId),
            input: { id: write.contactId, properties: { [context.kpiProperty]: write.kpi ?? '' } },
          },
        ],
  );
  const keysByContact = new Map(inputs.map((item) => [item.input.id, item.key]));
  return writeInBatches(inputs, async (batch) => {
    // POST /crm/v3/objects/contacts/batch/update
    const answer = await context.client.call('burst', 'contacts.batch.update', (sdk) =>
      sdk.crm.objects.batchApi.update('contacts', { inputs: batch }),
    );
    const { results } = contactResultsSchema.parse(answer);
    return new Map(
      results.flatMap((result) => {
        const key = keysByContact.get(result.id);
        return key === undefined ? [] : [[key, result.id] as const];
      }),
    );
  });
}

function toMissingLabelError(roles: readonly StakeholderRole[]): { code: CrmErrorCode; message: string } {
  const names = roles.map((role) => `"${stakeholderLabels[role]}"`).join(', ');
  return {
    code: 'not_found',
    message: `The portal has no ${names} contact-company association label: run npm run hubspot:setup.`,
  };
}

/**
 * Writes each stakeholder's label and KPI differences: labels added and removed through the v4 association batch
 * endpoints (by the portal's label type ids, read once), the KPI through the contact property. A stakeholder's
 * result is ok only when every part of its write was; one naming a role the portal has no label for is not sent.
 */
export async function writeStakeholders(
  context: StakeholderWriteContext,
  writes: readonly StakeholderWrite[],
): Promise<WriteResult[]> {
  if (writes.length === 0) return [];
  const hasLabels = writes.some((write) => write.addRoles.length + write.removeRoles.length > 0);
  const typeIds = hasLabels ? toTypeIdByRole(await context.rolesByTypeId()) : new Map<StakeholderRole, number>();
  const unlabelled = (write: StakeholderWrite) =>
    [...write.addRoles, ...write.removeRoles].filter((role) => !typeIds.has(role));
  const refused = writes.filter((write) => unlabelled(write).length > 0);
  const sendable = writes.filter((write) => unlabelled(write).length === 0);
  const outcomes = (
    await Promise.all([
      addLabels(
        context.client,
        toLabelInputs(sendable, (write) => write.addRoles, typeIds),
      ),
      removeLabels(
        context.client,
        toLabelInputs(sendable, (write) => write.removeRoles, typeIds),
      ),
      updateKpis(context, sendable),
    ])
  ).flat();
  const failures = new Map(outcomes.flatMap((outcome) => (outcome.ok ? [] : [[outcome.key, outcome.error] as const])));
  return [
    ...refused.map((write): WriteResult => ({
      target: 'stakeholder',
      id: toKey(write.companyId, write.contactId),
      ok: false,
      error: toMissingLabelError(unlabelled(write)),
    })),
    ...sendable.map((write): WriteResult => {
      const id = toKey(write.companyId, write.contactId);
      const error = failures.get(id);
      return error === undefined
        ? { target: 'stakeholder', id, ok: true }
        : { target: 'stakeholder', id, ok: false, error };
    }),
  ];
}

/**
 * Adds the roles sales set on the Handoff card as Liftoff's labels (only ever added: the company's stakeholder map,
 * which the CSM works from, owns removals). A role whose label the portal lacks (setup not run yet) has nothing to be
 * written as: it is left out, and stays in Liftoff's store alone; a contact with no role left makes no write.
 */
export async function addStakeholderLabels(
  client: PortalClient,
  rolesByTypeId: () => Promise<Map<number, StakeholderRole>>,
  labels: readonly StakeholderLabels[],
): Promise<WriteResult[]> {
  if (!labels.some((label) => label.roles.length > 0)) return [];
  const typeIds = toTypeIdByRole(await rolesByTypeId());
  const inputs = toLabelInputs(labels, (label) => label.roles, typeIds).filter((item) => item.input.types.length > 0);
  const outcomes = await addLabels(client, inputs);
  return outcomes.map((outcome): WriteResult =>
    outcome.ok
      ? { target: 'association', id: outcome.key, ok: true }
      : { target: 'association', id: outcome.key, ok: false, error: outcome.error },
  );
}
