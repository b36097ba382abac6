import { toChunks } from '../client/chunk.ts';
import { decideSplitOnFailure, toCrmError } from '../client/to-crm-error.ts';
import type { CrmError } from '../client/to-crm-error.ts';

/** HubSpot caps batch writes at 100 inputs. */
export const writeBatchSize = 100;

export interface KeyedInput<I> {
  key: string;
  input: I;
}

/** What HubSpot answered for one batch: the HubSpot id of each input key it applied. */
export type BatchAnswer = Map<string, string>;

export type RecordOutcome = { key: string; ok: true; hubSpotId: string } | { key: string; ok: false; error: CrmError };

const notApplied: CrmError = { code: 'rejected', message: 'HubSpot did not apply this record' };

async function sendOne<I>(item: KeyedInput<I>, send: (inputs: I[]) => Promise<BatchAnswer>): Promise<RecordOutcome> {
  try {
    const hubSpotId = (await send([item.input])).get(item.key);
    return hubSpotId === undefined
      ? { key: item.key, ok: false, error: notApplied }
      : { key: item.key, ok: true, hubSpotId };
  } catch (error) {
    return { key: item.key, ok: false, error: toCrmError(error) };
  }
}

/**
 * Sends inputs in batches of 100, all queued at once. Partial failures are retried per record: inputs missing
 * from a multi-status answer are sent again one by one, and so is every input of a batch HubSpot refused as a
 * whole for a record-level reason; the batch itself is never resent.
 */
export async function writeInBatches<I>(
  items: readonly KeyedInput<I>[],
  send: (inputs: I[]) => Promise<BatchAnswer>,
): Promise<RecordOutcome[]> {
  const outcomes = await Promise.all(
    toChunks(items, writeBatchSize).map(async (chunk): Promise<RecordOutcome[]> => {
      let answer: BatchAnswer;
      try {
        answer = await send(chunk.map((item) => item.input));
      } catch (error) {
        if (chunk.length > 1 && decideSplitOnFailure(error))
          return Promise.all(chunk.map((item) => sendOne(item, send)));
        return chunk.map((item) => ({ key: item.key, ok: false, error: toCrmError(error) }));
      }
      return Promise.all(
        chunk.map((item): RecordOutcome | Promise<RecordOutcome> => {
          const hubSpotId = answer.get(item.key);
          return hubSpotId === undefined ? sendOne(item, send) : { key: item.key, ok: true, hubSpotId };
        }),
      );
    }),
  );
  return outcomes.flat();
}
