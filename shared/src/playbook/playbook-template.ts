import type { CompletionRule, CriterionDirection, MilestoneKind } from '../domain/index.ts';

/** A milestone of the plan, due `dueDay` days after day 0 (the start date). */
export interface MilestoneTemplate {
  kind: MilestoneKind;
  name: string;
  dueDay: number;
  checklist: string[];
}

/**
 * A success criterion proposed when sales wrote none; the CSM still has to agree it with the customer, so `target`
 * and `dueDay` are suggestions the card pre-fills, not commitments the plan records.
 */
export interface CriterionTemplate {
  name: string;
  metric: string;
  unit: string;
  direction: CriterionDirection;
  baseline: number | null;
  target: number;
  dueDay: number;
}

/** A first-week step, and what in the activity proves it done (null: only a person can tell). */
export interface FirstWeekStepTemplate {
  name: string;
  completesWhen: CompletionRule | null;
}

/**
 * Which onboardings a template serves. A template matches a HubSpot deal pipeline id or a segment
 * label; a template with both lists empty is the catch-all.
 */
export interface TemplateMatch {
  pipelineIds: string[];
  segments: string[];
}

/** A playbook: the plan an onboarding starts from (docs/PRODUCT.md §2 "Start"). */
export interface PlaybookTemplate {
  id: string;
  name: string;
  match: TemplateMatch;
  milestones: MilestoneTemplate[];
  /** The one recommended path to first value; the method asks for 3–5 steps. */
  firstWeekSteps: FirstWeekStepTemplate[];
  /** The features whose use counts towards activation. */
  keyFeatures: string[];
  defaultCriteria: CriterionTemplate[];
}
