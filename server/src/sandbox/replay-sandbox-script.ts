import type { Instant } from '@liftoff/shared/domain/index';
import { applyCardAction } from '../onboarding/csm-actions/apply-card-action.ts';
import type { CardActor } from '../onboarding/model/card-action.ts';
import type { ActionDeps } from '../onboarding/ports/action-deps.ts';
import { recordUsage } from '../onboarding/usage/record-usage.ts';
import type { RecordUsageDeps } from '../onboarding/usage/record-usage.ts';
import type { SandboxCrm } from './create-sandbox-crm.ts';
import type { SimulatedClock } from './create-simulated-clock.ts';
import { CLOSED_WON_STAGE_ID } from './sandbox-records.ts';
import type { SandboxScript, SandboxStep } from './sandbox-script.ts';
import { toDealStageWebhook } from './to-deal-stage-webhook.ts';

/**
 * The doors a real portal's history comes in through, wired to the service: the card's use cases and the usage
 * ingestion use case (with their ports), HubSpot's webhook intake, the scheduler's sweep and the worker's drain.
 * The replay holds no store of its own: whatever is stored, those wrote.
 */
export interface SandboxReplayDeps {
  portalId: string;
  /** The HubSpot user the CSM's card actions are signed for. */
  userId: string;
  clock: Pick<SimulatedClock, 'now' | 'hold'>;
  /** The sandbox portal, where the HubSpot-side steps happen. */
  crm: SandboxCrm;
  actions: ActionDeps;
  usage: RecordUsageDeps;
  /** HubSpot delivering webhook events to the service (its intake writes them to the inbox). */
  deliverWebhooks: (events: readonly unknown[]) => Promise<unknown>;
  /** One scheduler sweep (re-assessments due, the incremental pull). */
  sweep: () => Promise<unknown>;
  /** One worker drain: the events due now, claimed and processed. */
  drain: () => Promise<{ claimed: number; parked: number }>;
}

export interface SandboxReplayReport {
  steps: number;
  sweeps: number;
  /** Card actions the service refused, with its reason: a script that does not fit the service. */
  refused: string[];
  /** Inbox events the worker parked during the replay. */
  parked: number;
}

/**
 * Replays a sandbox script through the service over simulated time: the clock is held at each step's instant
 * while it happens, and the worker sweeps and drains the inbox once a simulated day (a deal won in the night has its
 * onboarding by the morning's sweep) and at the end. The same script always gives the same store.
 */
export async function replaySandboxScript(
  deps: SandboxReplayDeps,
  script: SandboxScript,
): Promise<SandboxReplayReport> {
  const report: SandboxReplayReport = { steps: 0, sweeps: 0, refused: [], parked: 0 };
  const actor: CardActor = { portalId: deps.portalId, userId: deps.userId };

  const drainAll = async (): Promise<void> => {
    for (;;) {
      const drained = await deps.drain();
      report.parked += drained.parked;
      if (drained.claimed === 0) return;
    }
  };
  const sweepAt = async (at: Instant): Promise<void> => {
    deps.clock.hold(at);
    await deps.sweep();
    await drainAll();
    report.sweeps += 1;
  };

  let nextSweep = script.start;
  for (const step of script.steps) {
    for (; nextSweep <= step.at; nextSweep += script.sweepEveryMs) await sweepAt(nextSweep);
    deps.clock.hold(step.at);
    const refusal = await perform(deps, actor, step);
    if (refusal !== null) report.refused.push(refusal);
    report.steps += 1;
  }
  for (; nextSweep < script.end; nextSweep += script.sweepEveryMs) await sweepAt(nextSweep);
  await sweepAt(script.end);
  return report;
}

/** One step through its door; answers why the service refused it, or null. */
async function perform(deps: SandboxReplayDeps, actor: CardActor, step: SandboxStep): Promise<string | null> {
  switch (step.kind) {
    case 'deal_won':
      deps.crm.setDealStage(step.dealId, CLOSED_WON_STAGE_ID, step.at);
      await deps.deliverWebhooks([toDealStageWebhook(deps.portalId, step.dealId, CLOSED_WON_STAGE_ID, step.at)]);
      return null;
    case 'engagement_logged':
      deps.crm.logEngagement(step.companyId, step.record, step.at);
      return null;
    case 'ticket_saved':
      deps.crm.saveTicket(step.companyId, step.record, step.at);
      return null;
    case 'contact_engaged':
      deps.crm.markContactEngaged(step.contactId, step.at);
      return null;
    case 'usage_posted':
      await recordUsage(deps.usage, deps.portalId, step.events);
      return null;
    case 'card_action': {
      const applied = await applyCardAction(deps.actions, actor, step.companyId, step.action);
      return applied.ok ? null : `${step.companyId} ${step.action.kind}: ${applied.error.message}`;
    }
  }
}
