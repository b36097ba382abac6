import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';
import { toCalendarDate } from '@liftoff/shared/time/calendar';
import { fail, succeed } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { CrmGateway } from '../ports/crm-gateway.ts';
import type { Clock, Store } from '../ports/index.ts';
import { recordCompanyOwners } from './record-company-owners.ts';
import { storeCompanyContext } from './store-company-context.ts';
import { rememberStakeholders, toKnownStakeholder } from './known-stakeholders.ts';
import { decideStartDate } from '../model/decide-start-date.ts';
import { toNewOnboarding } from '../model/to-new-onboarding.ts';
import { decidePortalTemplate, toPortalTemplates } from '../settings/to-portal-templates.ts';
import { toPromisedCriteria } from '../handoff/to-promised-criteria.ts';
import { toSeededStakeholders } from '../handoff/to-seeded-stakeholders.ts';
import type { SyncError } from './sync-error.ts';

export interface StartDeps {
  store: Pick<Store, 'onboardings' | 'activity' | 'syncState' | 'portalSettings' | 'handoffs' | 'owners'>;
  crm: CrmGateway;
  clock: Clock;
}

export type StartSkipReason =
  'deal_not_found' | 'not_closed_won' | 'no_primary_company' | 'company_not_found' | 'already_started';

export type StartOutcome = { status: 'started'; companyId: string } | { status: 'skipped'; reason: StartSkipReason };

/**
 * A deal reached closed-won (docs/PRODUCT.md §2 "Start"): starts the onboarding of its primary company. Day 0 is the
 * close date; the template is the one naming the deal's pipeline, else the portal's default, with the key features
 * the portal set on its settings page (the deployment's playbook is the built-in one); the criteria are the promises sales saved in the deal's
 * Handoff card, else Liftoff criteria already on the company in HubSpot, else (sales wrote none) the template's
 * defaults, and `no_criteria` fires at day 7. The contacts sales tagged seed the stakeholder map, and the write-back labels them in HubSpot.
 * The company's owner property names the onboarding's CSM from the start. Idempotent: a
 * company that already has an onboarding is left untouched, so a redelivered or replayed event changes nothing.
 * A close date outside the start window (`decideStartDate`) starts nothing and fails with `start_date_out_of_window`,
 * which parks the event: a person starts the onboarding from the card with the real kickoff date.
 */
export async function startOnboarding(
  deps: StartDeps,
  portalId: string,
  dealId: string,
): Promise<Result<StartOutcome, SyncError>> {
  const { store, crm } = deps;
  const skip = (reason: StartSkipReason) => succeed<StartOutcome>({ status: 'skipped', reason });
  const [deal] = await crm.readDeals([dealId]);
  if (deal === undefined) return skip('deal_not_found');
  if (!deal.isClosedWon) return skip('not_closed_won');
  const companyId = deal.primaryCompanyId;
  if (companyId === null) return skip('no_primary_company');
  if ((await store.onboardings.get(portalId, companyId)) !== null) return skip('already_started');
  const now = deps.clock.now();
  const startDate = decideStartDate(toCalendarDate(deal.closeDate ?? now), now);
  if (!startDate.ok) {
    return fail({ code: 'start_date_out_of_window', message: `Deal ${dealId} close date: ${startDate.error}` });
  }
  const settings = await store.portalSettings.get(portalId);
  const ownerProperty = settings?.ownerProperty;
  const [context] = await crm.readCompanyContexts([companyId], ownerProperty === undefined ? {} : { ownerProperty });
  if (context === undefined) return skip('company_not_found');

  const template = decidePortalTemplate(toPortalTemplates(settings, defaultTemplates), deal.pipelineId);
  if (template === null) throw new Error('no playbook template is configured');
  const handoff = await store.handoffs.get(portalId, dealId);
  const promised = handoff === null ? [] : toPromisedCriteria(handoff);
  const stakeholders = toSeededStakeholders(context.stakeholders, handoff);
  const { templateId, onboarding } = toNewOnboarding({
    companyId,
    companyName: context.name,
    startDate: startDate.value,
    template,
    settings,
    criteria: [promised, context.criteria].find((criteria) => criteria.length > 0) ?? [],
    stakeholders,
  });
  await store.onboardings.save({ portalId, dealId, templateId, createdAt: now, onboarding });
  // What HubSpot holds now is the base the handoff's tags differ from: the write-back labels them.
  await rememberStakeholders(
    store.syncState,
    portalId,
    companyId,
    context.stakeholders.map((stakeholder) => ({
      contactId: stakeholder.contactId,
      ...toKnownStakeholder(stakeholder),
    })),
  );
  await storeCompanyContext(store, portalId, context, stakeholders);
  await recordCompanyOwners(deps, portalId, [context]);
  if (handoff !== null) await store.handoffs.setCompany(portalId, dealId, companyId);
  return succeed({ status: 'started', companyId });
}
