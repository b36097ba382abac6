import { fail, succeed } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { CalendarDate } from '@liftoff/shared/domain/index';
import type { CrmGateway } from '../ports/crm-gateway.ts';
import type { ActionDeps, ActionError } from '../ports/action-deps.ts';
import { toPortalTemplates } from '../settings/to-portal-templates.ts';
import { decideWorkflowStart } from './decide-workflow-start.ts';
import type { StartFromCardInput } from './start-onboarding-from-card.ts';

export interface WorkflowStartDeps extends ActionDeps {
  /** The CRM of a portal, to read the enrolled company's deals; null for a portal this deployment does not serve. */
  crmFor: (portalId: string) => Pick<CrmGateway, 'readCompanyDeals'> | null;
}

/**
 * What the "Start onboarding" workflow action starts on a company (decideWorkflowStart): HubSpot is read only for
 * an input the workflow left empty, and only when the company has no onboarding yet. Null when it has one: there
 * is nothing to start. A read that fails throws, before the action records its callback, so HubSpot's retry of
 * the action reads again.
 */
export async function readWorkflowStart(
  deps: WorkflowStartDeps,
  portalId: string,
  companyId: string,
  inputs: { templateId: string | null; startDate: CalendarDate | null },
): Promise<Result<StartFromCardInput | null, ActionError>> {
  if ((await deps.store.onboardings.get(portalId, companyId)) !== null) return succeed(null);
  const templates = toPortalTemplates(await deps.store.portalSettings.get(portalId), deps.templates);
  const needsDeals = inputs.templateId === null || inputs.startDate === null;
  const crm = needsDeals ? deps.crmFor(portalId) : null;
  if (needsDeals && crm === null) {
    return fail({
      code: 'invalid_request',
      message: `Portal ${portalId} is not served here: its deals cannot be read. Set the template and the start date.`,
    });
  }
  const deals = crm === null ? [] : await crm.readCompanyDeals(companyId);
  const start = decideWorkflowStart({ ...inputs, deals, templates, now: deps.clock.now() });
  if (start === null) throw new Error('no playbook template is configured');
  return succeed(start);
}
