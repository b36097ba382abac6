import { z } from 'zod';
import type { InboxEventInput } from '../onboarding/ports/index.ts';
import type { Job } from './job.ts';

/** HubSpot object type ids (HUBSPOT-PLATFORM.md §3.1) and the legacy subscription prefixes that stand for them. */
const objectTypeIds = { contact: '0-1', company: '0-2', deal: '0-3', ticket: '0-5' } as const;
const legacyPrefixes: Record<string, string> = {
  contact: objectTypeIds.contact,
  company: objectTypeIds.company,
  deal: objectTypeIds.deal,
  ticket: objectTypeIds.ticket,
};
/** Legacy engagements, meetings, calls, emails, notes: activity the engine reads through the incremental pull. */
const activityTypeIds = new Set(['0-4', '0-46', '0-47', '0-48', '0-49']);

const idSchema = z.union([z.number(), z.string()]).transform(String);

const webhookPayloadSchema = z.looseObject({
  objectId: idSchema.optional(),
  objectTypeId: z.string().optional(),
  propertyName: z.string().optional(),
  primaryObjectId: idSchema.optional(),
  newObjectId: idSchema.optional(),
  mergedObjectIds: z.array(idSchema).optional(),
  fromObjectId: idSchema.optional(),
  fromObjectTypeId: z.string().optional(),
  toObjectId: idSchema.optional(),
  toObjectTypeId: z.string().optional(),
  associationType: z.string().optional(),
});
type WebhookPayload = z.output<typeof webhookPayloadSchema>;

const handoffPayloadSchema = z.looseObject({ dealId: z.string() });

/**
 * Which job an inbox event asks for. Scheduler events carry their job in their kind; a saved handoff asks for its
 * deal's write-back; other card, usage and workflow events have already stored their change, so they only ask for a
 * re-assessment; HubSpot webhooks map by object type and action (generic `object.*` or legacy `company.*`-style
 * subscriptions).
 */
export function decideJob(event: Pick<InboxEventInput, 'portalId' | 'source' | 'kind' | 'companyId' | 'payload'>): Job {
  const { portalId, companyId } = event;
  if (event.source === 'scheduler') {
    if (event.kind === 'sweep.pull') return { kind: 'pull_changes', portalId };
    if (event.kind === 'sweep.reassess' && companyId !== null) return { kind: 'reassess', portalId, companyId };
    return { kind: 'ignore', reason: `unknown scheduler event ${event.kind}` };
  }
  if (event.source === 'card' && event.kind === 'card.handoff.saved') {
    const parsed = handoffPayloadSchema.safeParse(event.payload);
    return parsed.success
      ? { kind: 'write_handoff', portalId, dealId: parsed.data.dealId }
      : { kind: 'ignore', reason: 'handoff event without a deal' };
  }
  if (event.source !== 'hubspot') {
    return companyId === null
      ? { kind: 'ignore', reason: `${event.source} event without a company` }
      : { kind: 'reassess', portalId, companyId };
  }
  const parsed = webhookPayloadSchema.safeParse(event.payload);
  if (!parsed.success) return { kind: 'ignore', reason: 'unreadable webhook payload' };
  return decideWebhookJob(portalId, companyId, event.kind, parsed.data);
}

function decideWebhookJob(portalId: string, companyId: string | null, kind: string, payload: WebhookPayload): Job {
  const [prefix = '', action = ''] = kind.split('.');
  const typeId = payload.objectTypeId ?? legacyPrefixes[prefix];
  if (action === 'associationChange') {
    const dealId = toAssociatedDealId(payload);
    if (dealId !== null) return { kind: 'refresh_deal_contacts', portalId, dealId };
    return companyId === null
      ? { kind: 'ignore', reason: 'association change without a company side' }
      : { kind: 'refresh_company', portalId, companyId };
  }
  if (typeId === objectTypeIds.deal) {
    const startsOnboarding =
      payload.objectId !== undefined &&
      (action === 'creation' || (action === 'propertyChange' && payload.propertyName === 'dealstage'));
    return startsOnboarding && payload.objectId !== undefined
      ? { kind: 'start_onboarding', portalId, dealId: payload.objectId }
      : { kind: 'ignore', reason: `deal ${action} other than a stage change` };
  }
  if (typeId === objectTypeIds.company) return decideCompanyJob(portalId, companyId, action, payload);
  if (
    typeId === objectTypeIds.ticket ||
    typeId === objectTypeIds.contact ||
    (typeId !== undefined && (activityTypeIds.has(typeId) || typeId.startsWith('2-')))
  ) {
    return { kind: 'pull_changes', portalId };
  }
  return { kind: 'ignore', reason: `no job for ${kind}` };
}

/**
 * The deal side of an association change (generic from/to type ids, or the legacy `DEAL_TO_CONTACT`-style
 * associationType): a deal's contacts, or its company whose labels they carry, changed.
 */
function toAssociatedDealId(payload: WebhookPayload): string | null {
  const [fromType, toType] = payload.associationType?.split('_TO_') ?? [];
  if (payload.fromObjectTypeId === objectTypeIds.deal || fromType === 'DEAL') return payload.fromObjectId ?? null;
  if (payload.toObjectTypeId === objectTypeIds.deal || toType === 'DEAL') return payload.toObjectId ?? null;
  return null;
}

/** A merge keeps `newObjectId` when HubSpot gives one, else the primary; every other id is merged into it. */
function decideCompanyJob(portalId: string, companyId: string | null, action: string, payload: WebhookPayload): Job {
  if (action === 'merge') {
    const survivingCompanyId = payload.newObjectId ?? payload.primaryObjectId ?? payload.objectId;
    if (survivingCompanyId === undefined) return { kind: 'ignore', reason: 'merge without a surviving id' };
    const merged = [payload.primaryObjectId, ...(payload.mergedObjectIds ?? [])].filter(
      (id): id is string => id !== undefined && id !== survivingCompanyId,
    );
    return { kind: 'merge_company', portalId, mergedCompanyIds: [...new Set(merged)], survivingCompanyId };
  }
  const id = companyId ?? payload.objectId;
  if (id === undefined) return { kind: 'ignore', reason: `company ${action} without an id` };
  if (action === 'deletion') return { kind: 'remove_company', portalId, companyId: id };
  return { kind: 'refresh_company', portalId, companyId: id };
}
