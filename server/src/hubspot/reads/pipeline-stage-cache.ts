import { z } from 'zod';

/** Deal and ticket pipelines: stage ids differ per portal, so open/closed/won is read from the stage metadata. */
export type PipelineObjectType = 'deals' | 'tickets';

export interface PipelineStage {
  id: string;
  pipelineId: string;
  isClosed: boolean;
  /** Deals only: a closed stage with probability 1 is won. */
  isWon: boolean;
}

const pipelinesSchema = z.array(
  z.object({
    id: z.string(),
    stages: z.array(z.object({ id: z.string(), metadata: z.record(z.string(), z.unknown()).optional() })),
  }),
);

/**
 * Ticket stages say `metadata.ticketState` OPEN or CLOSED; deal stages say `metadata.isClosed` and
 * `metadata.probability` (1.0 = won). The default deal pipeline's `closedwon` id is won whatever its metadata.
 */
export function toPipelineStages(objectType: PipelineObjectType, pipelines: unknown): Map<string, PipelineStage> {
  const stages = new Map<string, PipelineStage>();
  for (const pipeline of pipelinesSchema.parse(pipelines)) {
    for (const stage of pipeline.stages) {
      const metadata = stage.metadata ?? {};
      const isClosed =
        objectType === 'tickets'
          ? String(metadata['ticketState']).toUpperCase() === 'CLOSED'
          : String(metadata['isClosed']) === 'true' || stage.id === 'closedwon';
      const isWon =
        objectType === 'deals' && (stage.id === 'closedwon' || (isClosed && Number(metadata['probability']) === 1));
      stages.set(stage.id, { id: stage.id, pipelineId: pipeline.id, isClosed, isWon });
    }
  }
  return stages;
}

export interface PipelineStageCache {
  /** The stages known for these ids; loads the pipelines on first use and again when an id is new to it. */
  stagesOf(objectType: PipelineObjectType, stageIds: readonly string[]): Promise<Map<string, PipelineStage>>;
}

/**
 * Pipelines change rarely, so they are read once per object type and reloaded only when a record sits in a stage
 * the cache has never seen (a stage added since); an id still unknown after a reload is not asked for again.
 */
export function createPipelineStageCache(
  loadPipelines: (objectType: PipelineObjectType) => Promise<unknown>,
): PipelineStageCache {
  const cached = new Map<PipelineObjectType, Map<string, PipelineStage>>();
  const unknownAfterReload = new Set<string>();

  async function reload(objectType: PipelineObjectType): Promise<Map<string, PipelineStage>> {
    const stages = toPipelineStages(objectType, await loadPipelines(objectType));
    cached.set(objectType, stages);
    return stages;
  }

  return {
    async stagesOf(objectType, stageIds) {
      let stages = cached.get(objectType) ?? (await reload(objectType));
      const isNew = (id: string) => !stages.has(id) && !unknownAfterReload.has(`${objectType}:${id}`);
      if (stageIds.some(isNew)) {
        const missing = stageIds.filter(isNew);
        stages = await reload(objectType);
        for (const id of missing) if (!stages.has(id)) unknownAfterReload.add(`${objectType}:${id}`);
      }
      return stages;
    },
  };
}
