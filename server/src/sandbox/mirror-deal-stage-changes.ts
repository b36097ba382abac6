import { z } from 'zod';
import type { InboxEventInput } from '../onboarding/ports/index.ts';
import type { SandboxCrm } from './create-sandbox-crm.ts';

/** HubSpot's object type id for deals (docs/HUBSPOT.md §3.1). */
const DEAL_OBJECT_TYPE_ID = '0-3';

const dealStageChangeSchema = z.looseObject({
  subscriptionType: z.enum(['object.propertyChange', 'deal.propertyChange']),
  objectTypeId: z.literal(DEAL_OBJECT_TYPE_ID).optional(),
  objectId: z.union([z.number(), z.string()]).transform(String),
  propertyName: z.literal('dealstage'),
  propertyValue: z.string().min(1),
  occurredAt: z.number(),
});

/**
 * In HubSpot a webhook reports a change already made in the portal; in the demo there is no portal UI, so a deal
 * stage change sent to the webhook endpoint is first applied to the sandbox portal, as if a sales rep had moved
 * the deal, before the worker reads the deal back. Events of any other kind change nothing here.
 */
export function mirrorDealStageChanges(crm: Pick<SandboxCrm, 'setDealStage'>, events: readonly InboxEventInput[]) {
  for (const event of events) {
    if (event.source !== 'hubspot') continue;
    const change = dealStageChangeSchema.safeParse(event.payload);
    if (!change.success) continue;
    if (change.data.subscriptionType === 'object.propertyChange' && change.data.objectTypeId === undefined) continue;
    crm.setDealStage(change.data.objectId, change.data.propertyValue, change.data.occurredAt);
  }
}
