import type { CalendarDate, Criterion, FirstWeekStep, Milestone } from '../domain/index.ts';
import { addDays } from '../time/calendar.ts';
import type { PlaybookTemplate } from './playbook-template.ts';

/** The concrete plan of one onboarding, dated from its day 0. */
export interface OnboardingPlan {
  templateId: string;
  milestones: Milestone[];
  firstWeekSteps: FirstWeekStep[];
  keyFeatures: string[];
  /** The template's default criteria; the caller uses them only when sales wrote none (PRODUCT.md §2). */
  criteria: Criterion[];
}

/**
 * Turns a template into an onboarding's plan: due dates are `startDate` + the template's day offsets (UTC days),
 * nothing is done yet, and ids are `<idPrefix>-m<n>`, `<idPrefix>-s<n>`, `<idPrefix>-c<n>` so that instantiating
 * the same template twice for the same onboarding yields the same records.
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
      checklist: m.checklist.map((label) => ({ label, done: false })),
      notes: null,
    })),
    firstWeekSteps: template.firstWeekSteps.map((name, i) => ({ id: `${idPrefix}-s${i + 1}`, name, doneAt: null })),
    keyFeatures: [...template.keyFeatures],
    criteria: template.defaultCriteria.map((c, i) => ({
      id: `${idPrefix}-c${i + 1}`,
      name: c.name,
      metric: c.metric,
      unit: c.unit,
      baseline: c.baseline,
      target: c.target,
      current: c.baseline,
      dueDate: addDays(startDate, c.dueDay),
      status: 'not_started',
      source: 'csm',
      ownerContactId: null,
    })),
  };
}
