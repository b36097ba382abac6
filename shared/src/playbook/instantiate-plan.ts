import type { CalendarDate, Criterion, FirstWeekStep, Milestone } from '../domain/index.ts';
import { addDays } from '../time/calendar.ts';
import type { PlaybookTemplate } from './playbook-template.ts';

/** The concrete plan of one onboarding, dated from its day 0. */
export interface OnboardingPlan {
  templateId: string;
  milestones: Milestone[];
  firstWeekSteps: FirstWeekStep[];
  keyFeatures: string[];
  /**
   * The template's default criteria as proposals; the caller uses them only when sales wrote none (docs/PRODUCT.md §2).
   */
  criteria: Criterion[];
}

/**
 * Turns a template into an onboarding's plan: due dates are `startDate` + the template's day offsets (UTC days),
 * nothing is done yet, and ids are `<idPrefix>-m<n>`, `<idPrefix>-s<n>`, `<idPrefix>-c<n>` so that instantiating
 * the same template twice for the same onboarding yields the same records.
 *
 * A default criterion is a proposal, not a promise (docs/PRODUCT.md §2 "Start"): it carries the metric, the unit, the
 * template's baseline and a name that states the suggestion ("5 weekly active users"), but no target and no due
 * date, because only the customer can commit to those. It is therefore not measurable, and `no_criteria` fires
 * from day 7 until the CSM agrees at least three; toCriterionSuggestion pre-fills that agreement from the template.
 */
export function instantiatePlan(template: PlaybookTemplate, startDate: CalendarDate, idPrefix: string): OnboardingPlan {
  return {
    templateId: template.id,
    milestones: template.milestones.map((m, i) => ({
      id: `${idPrefix}-m${i + 1}`,
      name: m.name,
      kind: m.kind,
      dueDate: addDays(startDate, m.dueDay),
      completedAt: null,
      skipped: false,
      skipReason: null,
      owner: null,
      completesWhen: null,
      manual: null,
      checklist: m.checklist.map((label) => ({ label, done: false })),
      notes: null,
    })),
    firstWeekSteps: template.firstWeekSteps.map((step, i) => ({
      id: `${idPrefix}-s${i + 1}`,
      name: step.name,
      doneAt: null,
      completesWhen: step.completesWhen,
      manual: null,
    })),
    keyFeatures: [...template.keyFeatures],
    criteria: template.defaultCriteria.map((c, i) => ({
      id: `${idPrefix}-c${i + 1}`,
      name: c.name,
      metric: c.metric,
      unit: c.unit,
      direction: c.direction,
      baseline: c.baseline,
      target: null,
      current: c.baseline,
      agreedAt: null,
      dueDate: null,
      status: 'not_started',
      achievedAt: null,
      source: 'csm',
      ownerContactId: null,
      handedOffTarget: null,
      baselineDate: null,
      baselineEvidence: null,
      currentAt: null,
      promiseKept: null,
    })),
  };
}
