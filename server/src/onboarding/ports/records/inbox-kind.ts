import type { CardActionKind } from '../../model/card-action.ts';

/** The workflow actions HubSpot runs through Liftoff (hubspot-project/src/app/workflow-actions). */
export type WorkflowActionName =
  'start_onboarding' | 'reevaluate_onboarding' | 'acknowledge_signal' | 'close_onboarding';

/**
 * Every kind of inbox event, closed: the worker decides on it, never on free text. Built only through `inboxKind`,
 * so a kind cannot be misspelt where an event is appended.
 */
export type InboxKind =
  | 'crm.change'
  | 'usage.recorded'
  | 'card.start_onboarding'
  | 'card.handoff.saved'
  | `card.${CardActionKind}`
  | `workflow.${WorkflowActionName}`
  | 'sweep.pull'
  | 'sweep.reassess';

export const inboxKind = {
  /** A change in the CRM (a HubSpot webhook event), carried as a CrmChange. */
  crmChange: 'crm.change',
  /** A usage flush window closed for a company: re-assess it. */
  usageRecorded: 'usage.recorded',
  cardStart: 'card.start_onboarding',
  handoffSaved: 'card.handoff.saved',
  sweepPull: 'sweep.pull',
  sweepReassess: 'sweep.reassess',
  card: (action: CardActionKind) => `card.${action}` as const,
  workflow: (action: WorkflowActionName) => `workflow.${action}` as const,
} as const;
