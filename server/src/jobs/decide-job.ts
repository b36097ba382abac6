import { z } from 'zod';
import type { CrmChange, InboxEventInput } from '../onboarding/ports/index.ts';
import { inboxKind } from '../onboarding/ports/index.ts';
import type { Job } from './job.ts';

const handoffPayloadSchema = z.looseObject({ dealId: z.string() });

/**
 * Which job an inbox event asks for. A CRM change maps by what the adapter found it to mean; scheduler events
 * carry their job in their kind; a saved handoff asks for its deal's write-back; an onboarding started by a person or
 * a workflow asks for its company's first refresh (its name, contacts and activity come from HubSpot, and a company
 * HubSpot does not know is found there); other card, usage and workflow events have already stored their change, so
 * they only ask for a re-assessment.
 */
export function decideJob(
  event: Pick<InboxEventInput, 'portalId' | 'source' | 'kind' | 'companyId' | 'payload' | 'change'>,
): Job {
  const { portalId, companyId } = event;
  switch (event.kind) {
    case inboxKind.crmChange:
      return event.change === undefined
        ? { kind: 'ignore', reason: 'CRM event without its meaning' }
        : decideCrmChangeJob(portalId, event.change);
    case inboxKind.sweepPull:
      return { kind: 'pull_changes', portalId };
    case inboxKind.sweepReassess:
      return companyId === null
        ? { kind: 'ignore', reason: 'unknown scheduler event sweep.reassess' }
        : { kind: 'reassess', portalId, companyId };
    case inboxKind.cardStart:
    case inboxKind.workflow('start_onboarding'):
      return companyId === null
        ? { kind: 'ignore', reason: `${event.source} start without a company` }
        : { kind: 'refresh_company', portalId, companyId };
    case inboxKind.handoffSaved: {
      const parsed = handoffPayloadSchema.safeParse(event.payload);
      return parsed.success
        ? { kind: 'write_handoff', portalId, dealId: parsed.data.dealId }
        : { kind: 'ignore', reason: 'handoff event without a deal' };
    }
    default:
      return companyId === null
        ? { kind: 'ignore', reason: `${event.source} event without a company` }
        : { kind: 'reassess', portalId, companyId };
  }
}

function decideCrmChangeJob(portalId: string, change: CrmChange): Job {
  switch (change.kind) {
    case 'deal_stage_changed':
      return { kind: 'start_onboarding', portalId, dealId: change.dealId };
    case 'deal_associations_changed':
      return { kind: 'refresh_deal_contacts', portalId, dealId: change.dealId };
    case 'company_changed':
      return { kind: 'refresh_company', portalId, companyId: change.companyId };
    case 'companies_merged':
      return {
        kind: 'merge_company',
        portalId,
        mergedCompanyIds: change.mergedCompanyIds,
        survivingCompanyId: change.survivingCompanyId,
      };
    case 'company_deleted':
      return { kind: 'remove_company', portalId, companyId: change.companyId };
    case 'activity_changed':
      return { kind: 'pull_changes', portalId };
    case 'ignored':
      return { kind: 'ignore', reason: change.reason };
  }
}
