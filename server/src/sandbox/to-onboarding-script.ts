import type { Criterion, Instant, Onboarding, PriorSignal } from '@liftoff/shared/domain/index';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import { toCalendarDate } from '@liftoff/shared/time/calendar';
import type { CardAction } from '../onboarding/model/card-action.ts';
import type { ParsedUsageEvent } from '../onboarding/usage/parsed-usage-event.ts';
import type { PortfolioProfile } from './generate-portfolio.ts';
import type { SandboxStep } from './sandbox-script.ts';

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/**
 * The deal closes an hour into day 0. The worker sweeps at 06:00 every third day, so by 10:00 on day 2, the kickoff
 * where the customer agrees the criteria, the onboarding exists: the CSM's work starts then, and what was done on
 * days 0 to 2 is entered with the day it was done on.
 */
const DEAL_WON_AFTER_MS = hourMs;
const FIRST_WORK_AFTER_MS = 2 * dayMs + 10 * hourMs;
/** The CSM enters the manual figures on days 30, 60 and 80, and the latest one a few hours before the end. */
const VALUE_UPDATE_DAYS = [30, 60, 80];
const LAST_VALUE_BEFORE_END_MS = 3 * hourMs;
/** A criterion that reaches its target does so a week before its due date at the latest. */
const ACHIEVED_BEFORE_DUE_MS = 7 * dayMs;
/** Signals the CSM already looked at are handled two hours before the end; a snooze runs three days. */
const SIGNAL_HANDLED_BEFORE_END_MS = 2 * hourMs;
const SNOOZE_DAYS = 3;
/** Milestones whose rule (first login, first key-feature use) completes them from the usage. */
const milestonesDoneByData = new Set(['first_login', 'first_value']);

export interface OnboardingScriptInput {
  /** What the onboarding should look like at `end` (generatePortfolio, on the portal's one template). */
  onboarding: Onboarding;
  profile: PortfolioProfile;
  dealId: string;
  /** The plan the service instantiates when the deal is won: its ids are what the CSM's actions name. */
  template: PlaybookTemplate;
  end: Instant;
}

const card = (companyId: string, at: Instant, action: CardAction): SandboxStep => ({
  at,
  kind: 'card_action',
  companyId,
  action,
});

/** The product's logins and key-feature uses, posted once a day per company (the batch stamped with its last event). */
function toUsageSteps(onboarding: Onboarding): SandboxStep[] {
  const { companyId, activity } = onboarding;
  const company = { by: 'id', companyId } as const;
  const events: ParsedUsageEvent[] = [
    ...activity.logins.map((login, k) => ({
      index: 0,
      eventId: `${companyId}-login-${k}`,
      kind: 'login' as const,
      at: login.at,
      userId: login.userId,
      feature: null,
      company,
    })),
    ...activity.featureUses.map((use, k) => ({
      index: 0,
      eventId: `${companyId}-feature-${k}`,
      kind: 'feature_use' as const,
      at: use.at,
      userId: use.userId,
      feature: use.feature,
      company,
    })),
  ].sort((a, b) => a.at - b.at);
  const byDay = new Map<number, ParsedUsageEvent[]>();
  for (const event of events) {
    const day = toCalendarDate(event.at);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  return [...byDay.values()].map((batch) => ({
    at: batch.at(-1)?.at ?? 0,
    kind: 'usage_posted',
    events: batch.map((event, index) => ({ ...event, index })),
  }));
}

/** What HubSpot records: the engagements logged, tickets opened and closed, and contacts' last engagement. */
function toHubSpotSteps(onboarding: Onboarding): SandboxStep[] {
  const { companyId, activity, stakeholders } = onboarding;
  return [
    ...activity.engagements.map((record): SandboxStep => ({
      at: record.at,
      kind: 'engagement_logged',
      companyId,
      record,
    })),
    ...activity.tickets.flatMap((record): SandboxStep[] => [
      { at: record.openedAt, kind: 'ticket_saved', companyId, record: { ...record, closedAt: null } },
      ...(record.closedAt === null ? [] : [{ at: record.closedAt, kind: 'ticket_saved' as const, companyId, record }]),
    ]),
    ...stakeholders.flatMap((s): SandboxStep[] =>
      s.lastEngagedAt === null ? [] : [{ at: s.lastEngagedAt, kind: 'contact_engaged', contactId: s.contactId }],
    ),
  ];
}

/**
 * The criteria the customer agreed at the handoff meeting: the plan's three proposals on the generated terms, any
 * further one added; a criterion without a target is left as the plan's proposal (never agreed).
 */
function toAgreementSteps(input: OnboardingScriptInput, at: Instant): SandboxStep[] {
  const { companyId, criteria } = input.onboarding;
  const planned = input.template.defaultCriteria.length;
  return criteria.flatMap((criterion, i): SandboxStep[] => {
    const { target, dueDate } = criterion;
    if (target === null || dueDate === null) return [];
    if (i < planned) {
      return [
        card(companyId, at, {
          kind: 'agree_criterion',
          criterionId: `${companyId}-c${i + 1}`,
          target,
          baseline: criterion.baseline,
          dueDate,
          current: null,
          direction: undefined,
          baselineDate: undefined,
          baselineEvidence: undefined,
        }),
      ];
    }
    return [
      card(companyId, at, {
        kind: 'add_criterion',
        name: criterion.name,
        metric: criterion.metric,
        unit: criterion.unit,
        direction: criterion.direction ?? 'increase',
        terms: { baseline: criterion.baseline, target, dueDate },
      }),
    ];
  });
}

/**
 * The figures the CSM enters over the months, moving from the baseline to the generated value: a criterion that
 * ends achieved reaches its target a week before its due date (or at the last update, if sooner), the others grow
 * steadily up to their value at the end.
 */
function toValueSteps(input: OnboardingScriptInput, criterion: Criterion, criterionId: string): SandboxStep[] {
  const { companyId, startDate } = input.onboarding;
  const { baseline, current, target, dueDate } = criterion;
  if (target === null || dueDate === null || current === null) return [];
  const last = input.end - LAST_VALUE_BEFORE_END_MS;
  const achieved = current === target;
  const reachedAt = achieved ? Math.min(last, dueDate - ACHIEVED_BEFORE_DUE_MS) : last;
  const from = baseline ?? current;
  const times = [...VALUE_UPDATE_DAYS.map((day) => startDate + day * dayMs + 11 * hourMs), reachedAt].filter(
    (at, i, all) => at > startDate + FIRST_WORK_AFTER_MS && at <= reachedAt && all.indexOf(at) === i,
  );
  return times.map((at) => {
    const share = Math.min(1, (at - startDate) / Math.max(1, reachedAt - startDate));
    const value = Math.round((from + (current - from) * share) * 10) / 10;
    return card(companyId, at, { kind: 'update_criterion_value', criterionId, current: value });
  });
}

/** The CSM ticks the first-week steps the generated onboarding has done, and holds the milestones it completed. */
function toPlanSteps(input: OnboardingScriptInput): SandboxStep[] {
  const { companyId, firstWeekSteps, milestones } = input.onboarding;
  const steps = firstWeekSteps.slice(0, input.template.firstWeekSteps.length).flatMap((step, i): SandboxStep[] =>
    step.doneAt === null
      ? []
      : [
          card(companyId, step.doneAt, {
            kind: 'mark_first_week_step',
            stepId: `${companyId}-s${i + 1}`,
            mark: 'done',
            doneOn: undefined,
          }),
        ],
  );
  const held = milestones.flatMap((milestone, i): SandboxStep[] =>
    milestone.completedAt === null || milestonesDoneByData.has(milestone.kind)
      ? []
      : [
          card(companyId, milestone.completedAt, {
            kind: 'complete_milestone',
            milestoneId: `${companyId}-m${i + 1}`,
            completedOn: undefined,
            checklist: milestone.checklist.map((item) => ({ ...item, done: true })),
            notes: null,
          }),
        ],
  );
  return [...steps, ...held];
}

/** A signal the generated onboarding already carries as acknowledged or snoozed: the CSM did so before the end. */
function toSignalSteps(input: OnboardingScriptInput, signals: readonly PriorSignal[]): SandboxStep[] {
  const { companyId } = input.onboarding;
  const at = input.end - SIGNAL_HANDLED_BEFORE_END_MS;
  return signals.flatMap((signal): SandboxStep[] => {
    if (signal.status === 'acknowledged')
      return [card(companyId, at, { kind: 'acknowledge_signal', signalType: signal.type })];
    if (signal.status !== 'snoozed') return [];
    const until = toCalendarDate(at) + SNOOZE_DAYS * dayMs;
    return [card(companyId, at, { kind: 'snooze_signal', signalType: signal.type, until })];
  });
}

/**
 * Churned: usage stopped three weeks in and the CSM closed it a fortnight later. Abandoned: the customer never
 * started and the CSM closed it on day 7 (or the day before the end, if sooner). Completed onboardings close by
 * themselves, when the worker finds the value review held and every criterion achieved.
 */
function toCloseSteps(input: OnboardingScriptInput): SandboxStep[] {
  const { companyId, startDate } = input.onboarding;
  const latest = input.end - dayMs;
  if (input.profile === 'churned') {
    return [
      card(companyId, Math.min(latest, startDate + 35 * dayMs + 15 * hourMs), {
        kind: 'close_onboarding',
        outcome: 'churned',
        reason: 'no_adoption',
        note: 'Usage stopped after the third week; the sponsor did not renew the rollout.',
      }),
    ];
  }
  if (input.profile === 'abandoned') {
    return [
      card(companyId, Math.min(latest, startDate + 7 * dayMs + 15 * hourMs), {
        kind: 'close_onboarding',
        outcome: 'abandoned',
        reason: 'poor_fit',
        note: 'The customer never started: the project was put on hold on their side.',
      }),
    ];
  }
  return [];
}

/**
 * A tick or a held milestone from before the CSM's first day on the onboarding is entered then, dated the day it
 * was done (the card takes a past day as that day's 00:00 UTC).
 */
function toWorkedOnceStarted(step: SandboxStep, firstWorkAt: Instant): SandboxStep {
  if (step.kind !== 'card_action' || step.at >= firstWorkAt) return step;
  const doneOn = toCalendarDate(step.at) === toCalendarDate(firstWorkAt) ? undefined : toCalendarDate(step.at);
  const { action } = step;
  if (action.kind === 'mark_first_week_step') return { ...step, at: firstWorkAt, action: { ...action, doneOn } };
  if (action.kind === 'complete_milestone')
    return { ...step, at: firstWorkAt, action: { ...action, completedOn: doneOn } };
  return { ...step, at: firstWorkAt };
}

/**
 * One generated onboarding as the history that produces it: its deal won on day 0, then, in time, what HubSpot
 * records, the usage its product posts and what its CSM does in the card. Nothing here writes an outcome the
 * service would not reach itself from these events.
 */
export function toOnboardingScript(input: OnboardingScriptInput): SandboxStep[] {
  const { onboarding } = input;
  const { companyId, startDate } = onboarding;
  const agreedAt = startDate + FIRST_WORK_AFTER_MS;
  const planned = input.template.defaultCriteria.length;
  const values = onboarding.criteria.flatMap((criterion, i) =>
    i < planned ? toValueSteps(input, criterion, `${companyId}-c${i + 1}`) : [],
  );
  const closing = toCloseSteps(input);
  const closedAt = closing[0]?.at ?? Infinity;
  // Once closed, the CSM no longer works the plan (the product may still post usage, kept as it is).
  const worked = [
    ...toAgreementSteps(input, agreedAt),
    ...values,
    ...toPlanSteps(input),
    ...toSignalSteps(input, onboarding.signals),
  ]
    .map((step) => toWorkedOnceStarted(step, agreedAt))
    .filter((step) => step.at < closedAt);
  return [
    { at: startDate + DEAL_WON_AFTER_MS, kind: 'deal_won' as const, dealId: input.dealId },
    ...toHubSpotSteps(onboarding),
    ...toUsageSteps(onboarding),
    ...worked,
    ...closing,
  ].filter((step) => step.at <= input.end);
}
