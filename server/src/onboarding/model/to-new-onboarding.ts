import type { CalendarDate, Criterion, Onboarding, Stakeholder } from '@liftoff/shared/domain/index';
import { instantiatePlan } from '@liftoff/shared/playbook/instantiate-plan';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import type { PortalSettings } from '../ports/index.ts';

export interface NewOnboardingInput {
  companyId: string;
  companyName: string | null;
  /** Day 0: the deal's close date, or the kickoff date a person chose. */
  startDate: CalendarDate;
  template: PlaybookTemplate;
  settings: PortalSettings | null;
  /** The criteria to start from, when something better than the template's proposals is known (the deal's promises). */
  criteria?: readonly Criterion[];
  stakeholders?: readonly Stakeholder[];
}

/**
 * The one way a new onboarding is built, whoever starts it (a closed-won deal, a person on the card, a workflow):
 * the template's plan dated from day 0, in progress, with no signal yet. Criteria default to the template's
 * proposals, which the `no_criteria` rule then asks the CSM to agree (docs/PRODUCT.md §2).
 */
export function toNewOnboarding(input: NewOnboardingInput): {
  templateId: string;
  onboarding: Omit<Onboarding, 'activity'>;
} {
  const plan = instantiatePlan(input.template, input.startDate, input.companyId);
  const criteria = input.criteria !== undefined && input.criteria.length > 0 ? [...input.criteria] : plan.criteria;
  return {
    templateId: plan.templateId,
    onboarding: {
      companyId: input.companyId,
      companyName: input.companyName,
      startDate: input.startDate,
      status: 'in_progress',
      usageTracked: isUsageTracked(input.settings),
      keyFeatures: plan.keyFeatures,
      criteria,
      milestones: plan.milestones,
      firstWeekSteps: plan.firstWeekSteps,
      stakeholders: [...(input.stakeholders ?? [])],
      signals: [],
      closedAt: null,
      outcomeReason: null,
      reopenedAt: null,
    },
  };
}

/** Usage is tracked when the product reports it (a usage API key exists) or the portal maps usage properties. */
export function isUsageTracked(settings: PortalSettings | null): boolean {
  if (settings === null) return false;
  return settings.usageApiKeyHashes.length > 0 || Object.keys(settings.usagePropertyMapping).length > 0;
}
