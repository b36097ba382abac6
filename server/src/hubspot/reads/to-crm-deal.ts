import type { CrmDeal } from '../../onboarding/ports/crm-gateway.ts';
import { parseHubSpotInstant, parseHubSpotText } from '../model/hubspot-value.ts';
import type { HubSpotRecord } from '../model/hubspot-record.ts';
import type { PipelineStage } from './pipeline-stage-cache.ts';

export const dealProperties = ['dealstage', 'pipeline', 'closedate'];

/** Won comes from the stage metadata; the default pipeline's `closedwon` id counts even if pipelines are unknown. */
export function toCrmDeal(
  record: HubSpotRecord,
  stages: ReadonlyMap<string, PipelineStage>,
  primaryCompanyId: string | null,
): CrmDeal {
  const stageId = parseHubSpotText(record.properties['dealstage']);
  const stage = stageId === null ? undefined : stages.get(stageId);
  return {
    id: record.id,
    pipelineId: parseHubSpotText(record.properties['pipeline']),
    stageId,
    closeDate: parseHubSpotInstant(record.properties['closedate']),
    isClosedWon: stage?.isWon ?? stageId === 'closedwon',
    primaryCompanyId,
  };
}
