import type { CalendarDate, Instant } from '@liftoff/shared/domain/index';
import { toCalendarDate } from '@liftoff/shared/time/calendar';
import type { CrmDeal } from '../ports/crm-gateway.ts';
import { decidePortalTemplate } from '../settings/to-portal-templates.ts';
import type { PortalTemplates } from '../settings/to-portal-templates.ts';
import type { StartFromCardInput } from './start-onboarding-from-card.ts';

export interface WorkflowStartInput {
  /** The action's inputs; null where the workflow left them empty. */
  templateId: string | null;
  startDate: CalendarDate | null;
  /** The enrolled company's deals (read only when an input is left empty). */
  deals: readonly CrmDeal[];
  templates: PortalTemplates;
  /** When the action runs. */
  now: Instant;
}

/**
 * What the "Start onboarding" workflow action starts, as its labels promise (workflow-actions/
 * start-onboarding-hsmeta.json): an input the workflow sets wins; left empty, the template is the one naming the
 * pipeline of the company's most recent closed-won deal, and day 0 is that deal's close date, as when the deal's
 * stage change starts it. Without a closed-won deal (or a close date), the template is the portal's default and
 * day 0 the day the action runs. Null only when the deployment has no template.
 */
export function decideWorkflowStart(input: WorkflowStartInput): StartFromCardInput | null {
  const won = decideLatestClosedWonDeal(input.deals);
  const templateId = input.templateId ?? decidePortalTemplate(input.templates, won?.pipelineId ?? null)?.id;
  if (templateId === undefined) return null;
  const startDate = input.startDate ?? toCalendarDate(won?.closeDate ?? input.now);
  return { templateId, startDate };
}

/** The closed-won deal with the latest close date; one without a close date only when no other is won. */
export function decideLatestClosedWonDeal(deals: readonly CrmDeal[]): CrmDeal | null {
  const won = deals.filter((deal) => deal.isClosedWon);
  const closed = won.filter((deal) => deal.closeDate !== null);
  const latest = closed.reduce<CrmDeal | null>(
    (best, deal) => (best === null || (deal.closeDate ?? 0) > (best.closeDate ?? 0) ? deal : best),
    null,
  );
  return latest ?? won[0] ?? null;
}
