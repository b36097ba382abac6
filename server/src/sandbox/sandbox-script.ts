import type { Engagement, Instant, Ticket } from '@liftoff/shared/domain/index';
import type { CardAction } from '../onboarding/model/card-action.ts';
import type { ParsedUsageEvent } from '../onboarding/usage/parsed-usage-event.ts';
import type { SandboxRecords } from './sandbox-records.ts';

/**
 * One thing that happens in the sandbox portal's history, at `at`, through the door a real portal uses: a change
 * made in HubSpot (the worker learns of it by webhook or by its incremental pull), a batch of usage the customer's
 * product posts, or what a CSM does in the company card.
 */
export type SandboxStep =
  /** A sales rep moves the deal to closed-won; HubSpot sends its stage-change webhook. */
  | { at: Instant; kind: 'deal_won'; dealId: string }
  | { at: Instant; kind: 'engagement_logged'; companyId: string; record: Engagement }
  /** A ticket opened, or the same ticket updated (closed). */
  | { at: Instant; kind: 'ticket_saved'; companyId: string; record: Ticket }
  | { at: Instant; kind: 'contact_engaged'; contactId: string }
  | { at: Instant; kind: 'usage_posted'; events: ParsedUsageEvent[] }
  | { at: Instant; kind: 'card_action'; companyId: string; action: CardAction };

export type SandboxStepKind = SandboxStep['kind'];

/**
 * A sandbox portal's whole history: what HubSpot holds before it starts (companies, open deals, contacts and their
 * labels), the steps in the order they happen, and the instant it is replayed up to. The worker sweeps every
 * `sweepEveryMs` of simulated time, so time-based signals are raised, and escalate, on the days they would be.
 */
export interface SandboxScript {
  records: SandboxRecords;
  steps: SandboxStep[];
  /** The first sweep; the script's steps start after it. */
  start: Instant;
  end: Instant;
  sweepEveryMs: number;
  /** Deals still open at the end, the ones a demo user can win. */
  openDealIds: string[];
}
