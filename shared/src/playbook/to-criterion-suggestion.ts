import type { CalendarDate, Criterion } from '../domain/index.ts';
import { isMeasurable } from '../engine/index.ts';
import { addDays } from '../time/calendar.ts';
import { defaultTemplates } from './default-templates.ts';
import type { PlaybookTemplate } from './playbook-template.ts';

/** The template's proposal for one criterion, dated from the onboarding's day 0. */
export interface CriterionSuggestion {
  baseline: number | null;
  target: number;
  dueDate: CalendarDate;
}

/**
 * What the CSM is invited to agree with the customer for a criterion that is not measurable yet: the onboarding
 * template's default criterion with the same metric (metrics are unique within a template), with the baseline
 * already captured on the criterion if any, due the template's `dueDay` after day 0. Null once the criterion is
 * measurable (its agreed terms stand) or when the template proposes nothing for that metric.
 */
export function toCriterionSuggestion(
  criterion: Criterion,
  startDate: CalendarDate,
  templateId: string | null,
  templates: readonly PlaybookTemplate[] = defaultTemplates,
): CriterionSuggestion | null {
  if (isMeasurable(criterion) || criterion.metric === null) return null;
  const template = templates.find((t) => t.id === templateId);
  const proposal = template?.defaultCriteria.find((c) => c.metric === criterion.metric);
  if (proposal === undefined) return null;
  return {
    baseline: criterion.baseline ?? proposal.baseline,
    target: proposal.target,
    dueDate: addDays(startDate, proposal.dueDay),
  };
}
