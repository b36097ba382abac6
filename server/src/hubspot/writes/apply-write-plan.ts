import { z } from 'zod';
import type {
  FieldsWrite,
  RecordWrite,
  WritePlan,
  WriteResult,
  WriteTarget,
} from '../../onboarding/ports/crm-gateway.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import type { LiftoffObjectTypes } from '../reads/liftoff-object-type-cache.ts';
import { companyPropertyCodecs, dealPropertyCodecs } from '../model/liftoff-properties.ts';
import { toCriterionProperties, toMilestoneProperties, toSignalProperties } from '../model/liftoff-records.ts';
import type { LiftoffObject } from '../model/liftoff-records.ts';
import { LIFTOFF_KEY_PROPERTY, liftoffObjectNames } from '../model/liftoff-schema.ts';
import { planPropertyWrites } from './plan-property-writes.ts';
import type { PropertyValues } from './plan-property-writes.ts';
import { toPropertyValues } from '../model/property-codec.ts';
import type { PropertyCodecs } from '../model/property-codec.ts';
import { writeInBatches } from './write-in-batches.ts';
import { writeStakeholders } from './write-stakeholders.ts';
import type { StakeholderWriteContext } from './write-stakeholders.ts';
import type { BatchAnswer, KeyedInput, RecordOutcome } from './write-in-batches.ts';

const batchResultsSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      objectWriteTraceId: z.string().nullish(),
      properties: z.record(z.string(), z.string().nullish()).optional(),
    }),
  ),
});

const associationResultsSchema = z.object({
  results: z.array(z.object({ _from: z.object({ id: z.string() }), to: z.object({ id: z.string() }) })),
});

interface PropertyInput {
  id: string;
  properties: PropertyValues;
}

interface UpsertInput extends PropertyInput {
  idProperty: string;
  objectWriteTraceId: string;
}

function toResults(target: WriteTarget, outcomes: readonly RecordOutcome[]): WriteResult[] {
  return outcomes.map((outcome) =>
    outcome.ok ? { target, id: outcome.key, ok: true } : { target, id: outcome.key, ok: false, error: outcome.error },
  );
}

/** Only the properties whose value HubSpot does not already have; writes with none are dropped. */
function planFieldInputs<T>(codecs: PropertyCodecs<T>, writes: readonly FieldsWrite<T>[]): KeyedInput<PropertyInput>[] {
  return writes.flatMap((write) => {
    const properties = planPropertyWrites(
      toPropertyValues(codecs, write.known),
      toPropertyValues(codecs, write.desired),
    );
    return Object.keys(properties).length === 0 ? [] : [{ key: write.id, input: { id: write.id, properties } }];
  });
}

async function updateFields<T>(
  client: PortalClient,
  objectType: 'companies' | 'deals',
  codecs: PropertyCodecs<T>,
  writes: readonly FieldsWrite<T>[],
): Promise<WriteResult[]> {
  const inputs = planFieldInputs(codecs, writes);
  const outcomes = await writeInBatches(inputs, async (batch) => {
    // POST /crm/v3/objects/{companies|deals}/batch/update
    const answer = await client.call('burst', `${objectType}.batch.update`, (sdk) =>
      sdk.crm.objects.batchApi.update(objectType, { inputs: batch }),
    );
    const { results } = batchResultsSchema.parse(answer);
    return new Map(results.map((result) => [result.id, result.id]));
  });
  return toResults(objectType === 'companies' ? 'company' : 'deal', outcomes);
}

interface PlannedRecord {
  write: RecordWrite<unknown>;
  key: string;
  properties: PropertyValues;
}

function planRecords<T>(
  writes: readonly RecordWrite<T>[],
  keyOf: (record: T) => string,
  toProperties: (record: T) => PropertyValues,
): PlannedRecord[] {
  return writes.flatMap((write) => {
    const desired = toProperties(write.desired);
    const properties = write.known === null ? desired : planPropertyWrites(toProperties(write.known), desired);
    if (Object.keys(properties).length === 0) return [];
    return [{ write, key: keyOf(write.desired), properties }];
  });
}

/**
 * New records are associated with their company through the default association type; success criteria also
 * with their deal (the only Liftoff object whose schema is associated with deals).
 */
async function associateNewRecords(
  client: PortalClient,
  object: LiftoffObject,
  objectType: string,
  created: readonly { key: string; hubSpotId: string; write: RecordWrite<unknown> }[],
): Promise<WriteResult[]> {
  const targets = [
    { toType: 'companies', pick: (write: RecordWrite<unknown>) => write.companyId },
    { toType: 'deals', pick: (write: RecordWrite<unknown>) => (object === 'criterion' ? write.dealId : null) },
  ];
  const results = await Promise.all(
    targets.map(async ({ toType, pick }) => {
      const inputs = created.flatMap((record) => {
        const toId = pick(record.write);
        if (toId === null) return [];
        const key = `${record.key}→${toType}:${toId}`;
        return [{ key, input: { _from: { id: record.hubSpotId }, to: { id: toId } } }];
      });
      const outcomes = await writeInBatches(inputs, async (batch) => {
        // POST /crm/v4/associations/{objectType}/{companies|deals}/batch/associate/default — exempt from the
        // ten-secondly budget in HubSpot's OpenAPI documents, so it does not spend it here either.
        const answer = await client.call('exempt', `${objectType}.${toType}.associations.default`, (sdk) =>
          sdk.crm.associations.v4.batchApi.createDefault(objectType, toType, { inputs: batch }),
        );
        const { results: created } = associationResultsSchema.parse(answer);
        const keyOf = new Map(inputs.map((item) => [`${item.input._from.id}:${item.input.to.id}`, item.key]));
        const applied: BatchAnswer = new Map();
        for (const result of created) {
          const key = keyOf.get(`${result._from.id}:${result.to.id}`);
          if (key !== undefined) applied.set(key, result._from.id);
        }
        return applied;
      });
      return toResults('association', outcomes);
    }),
  );
  return results.flat();
}

/**
 * Upserts by the unique `liftoff_key` property, 100 per call, sending only changed properties; then associates
 * the records that did not exist before. A portal without the custom object gets a not_found per record.
 */
async function upsertRecords(
  client: PortalClient,
  object: LiftoffObject,
  objectType: string | null,
  planned: readonly PlannedRecord[],
): Promise<WriteResult[]> {
  if (planned.length === 0) return [];
  if (objectType === null) {
    const error = {
      code: 'not_found' as const,
      message: `The portal has no ${liftoffObjectNames[object]} custom object`,
    };
    return planned.map((record) => ({ target: object, id: record.key, ok: false, error }));
  }
  const inputs: KeyedInput<UpsertInput>[] = planned.map((record) => ({
    key: record.key,
    input: {
      id: record.key,
      idProperty: LIFTOFF_KEY_PROPERTY,
      objectWriteTraceId: record.key,
      properties: record.properties,
    },
  }));
  const outcomes = await writeInBatches(inputs, async (batch) => {
    // POST /crm/v3/objects/{objectType}/batch/upsert
    const answer = await client.call('burst', `${object}.batch.upsert`, (sdk) =>
      sdk.crm.objects.batchApi.upsert(objectType, { inputs: batch }),
    );
    const { results } = batchResultsSchema.parse(answer);
    // Results name their input by the echoed objectWriteTraceId or liftoff_key; an answer with neither but one
    // result per input lists them in input order.
    const inOrder = results.length === batch.length;
    return new Map(
      results.flatMap((result, index) => {
        const key =
          result.objectWriteTraceId ?? result.properties?.[LIFTOFF_KEY_PROPERTY] ?? (inOrder ? batch[index]?.id : null);
        return key ? [[key, result.id] as const] : [];
      }),
    );
  });
  const byKey = new Map(planned.map((record) => [record.key, record.write]));
  const created = outcomes.flatMap((outcome) => {
    const write = byKey.get(outcome.key);
    return outcome.ok && write !== undefined && write.known === null
      ? [{ key: outcome.key, hubSpotId: outcome.hubSpotId, write }]
      : [];
  });
  return [...toResults(object, outcomes), ...(await associateNewRecords(client, object, objectType, created))];
}

/**
 * Applies a write-back plan, diff-only: nothing unchanged is sent, and a plan with no change makes no call
 * (the custom object types are only looked up when a record has something to write, the association labels when a
 * stakeholder's labels change).
 */
export async function applyWritePlan(
  context: StakeholderWriteContext & { objectTypes: () => Promise<LiftoffObjectTypes> },
  plan: WritePlan,
): Promise<WriteResult[]> {
  const { client, objectTypes } = context;
  const records: Record<LiftoffObject, PlannedRecord[]> = {
    criterion: planRecords(plan.criteria, (criterion) => criterion.id, toCriterionProperties),
    milestone: planRecords(plan.milestones, (milestone) => milestone.id, toMilestoneProperties),
    signal: planRecords(plan.signals, (signal) => signal.key, toSignalProperties),
  };
  const hasRecords = Object.values(records).some((planned) => planned.length > 0);
  const types = hasRecords ? await objectTypes() : null;
  const results = await Promise.all([
    updateFields(client, 'companies', companyPropertyCodecs, plan.companies),
    updateFields(client, 'deals', dealPropertyCodecs, plan.deals),
    ...(Object.keys(records) as LiftoffObject[]).map((object) =>
      upsertRecords(client, object, types?.[object] ?? null, records[object]),
    ),
    writeStakeholders(context, plan.stakeholders),
  ]);
  return results.flat();
}
