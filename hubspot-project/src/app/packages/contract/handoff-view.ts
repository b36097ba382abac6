import type { ContractStakeholderRole, IsoDate } from './wire-values.ts';

/** A promise sales made: 3–5 of them, each measurable (target + due date) and with a baseline. */
export interface HandoffCriterionView {
  id: string;
  name: string;
  metric: string | null;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  dueDate: IsoDate | null;
}

/** A contact associated with the deal, with the Liftoff roles it carries. */
export interface HandoffContactView {
  contactId: string;
  name: string | null;
  email: string | null;
  roles: ContractStakeholderRole[];
}

export const handoffGapCodes = ['criteria_count', 'criteria_baseline', 'circles', 'validation_owner'] as const;
export type HandoffGapCode = (typeof handoffGapCodes)[number];

/** One reason the readiness score is below 100, with the points it costs. */
export interface HandoffGapView {
  code: HandoffGapCode;
  message: string;
  points: number;
}

/**
 * Readiness 0–100 with partial credit (docs/PRODUCT.md §5): measurable criteria 40 × min(n, 3)/3 (0 above 5
 * criteria), criteria with a baseline 15 × their share, 10 per circle tagged, a validation owner 15.
 */
export interface HandoffReadinessView {
  score: number;
  missing: HandoffGapView[];
}

/** The deal record tab "Handoff". */
export interface HandoffView {
  dealId: string;
  dealName: string | null;
  companyId: string | null;
  criteria: HandoffCriterionView[];
  contacts: HandoffContactView[];
  validationOwnerContactId: string | null;
  readiness: HandoffReadinessView;
  /** Limits the card enforces before saving. */
  minCriteria: number;
  maxCriteria: number;
}
