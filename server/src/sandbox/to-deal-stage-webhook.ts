import type { Instant } from '@liftoff/shared/domain/index';

/** A deal stage change as HubSpot's webhook reports it (docs/HUBSPOT.md §3.1), identified by the instant it happened. */
export function toDealStageWebhook(portalId: string, dealId: string, stageId: string, at: Instant) {
  return {
    eventId: at,
    subscriptionId: 1,
    portalId: Number(portalId),
    appId: 1,
    occurredAt: at,
    subscriptionType: 'object.propertyChange',
    attemptNumber: 0,
    objectId: Number(dealId),
    objectTypeId: '0-3',
    propertyName: 'dealstage',
    propertyValue: stageId,
    changeSource: 'CRM',
  };
}
