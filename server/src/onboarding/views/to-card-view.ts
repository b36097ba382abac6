import type {
  CriterionView,
  HealthComponentsView,
  OnboardingEmptyView,
  OnboardingSummaryView,
  OnboardingView,
  OutcomeView,
  ParkedOnboardingView,
  SignalView,
  StakeholderMapView,
  StakeholderView,
} from '@liftoff/shared/contract/index';
import { stakeholderCircles } from '@liftoff/shared/domain/index';
import type {
  Assessment,
  Criterion,
  CriterionAssessment,
  HealthComponents,
  Instant,
  Onboarding,
  Signal,
  Stakeholder,
} from '@liftoff/shared/domain/index';
import { toEngagedCoverage } from '@liftoff/shared/engine/index';
import type { Thresholds } from '@liftoff/shared/engine/index';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import { toCriterionSuggestion } from '@liftoff/shared/playbook/to-criterion-suggestion';
import type { CriterionSuggestion } from '@liftoff/shared/playbook/to-criterion-suggestion';
import { toIsoDate, toIsoInstant } from '@liftoff/shared/time/iso';
import type { ParkedOnboarding, SignalHandling, StoredOnboarding } from '../ports/index.ts';
import { toFirstWeekStepView } from './to-first-week-step-view.ts';
import { toMetricOptions } from './to-metric-options.ts';
import { toMilestoneView } from './to-milestone-view.ts';
import { toSignalHistoryView } from './to-signal-history-view.ts';

/** Why the worker stopped syncing the onboarding, said for the CSM, with what to check. */
function toParkedView(companyId: string, parked: ParkedOnboarding): ParkedOnboardingView {
  return {
    reason: parked.reason,
    parkedAt: toIsoInstant(parked.at),
    message:
      `HubSpot does not know company ${companyId}, so Liftoff stopped syncing this onboarding on ` +
      `${toIsoDate(parked.at)}: nothing is written to HubSpot. Check that it was started on a company record.`,
  };
}

/**
 * How a closed onboarding ended, with sales' promises kept out of those judged at the close; null in progress (or
 * for a row closed before the store kept its closing time).
 */
function toOutcomeView(onboarding: Onboarding): OutcomeView | null {
  if (onboarding.status === 'in_progress' || onboarding.closedAt === null) return null;
  const judged = onboarding.criteria.filter((criterion) => criterion.promiseKept !== null);
  return {
    outcome: onboarding.status,
    reason: onboarding.outcomeReason,
    closedAt: toIsoInstant(onboarding.closedAt),
    promisesKept: judged.filter((criterion) => criterion.promiseKept === true).length,
    promisesJudged: judged.length,
  };
}

/** The method's plan runs to the day-90 value review: the card shows "day N of 90". */
export const PLAN_DAYS = 90;

/**
 * The company tab "Onboarding": the stored onboarding as the engine assessed it at `assessment.asOf`, each criterion
 * not yet agreed with the suggestion of the deployment's template it started from (`templates`; a portal's settings
 * change no default criterion). Instants and dates leave the domain as ISO strings here, the service's edge.
 */
export function toCardView(
  stored: StoredOnboarding,
  assessment: Assessment,
  thresholds: Thresholds,
  templates: readonly PlaybookTemplate[],
): OnboardingView {
  const { onboarding } = stored;
  const now = assessment.asOf;
  return {
    companyId: onboarding.companyId,
    companyName: onboarding.companyName,
    owner: stored.ownerId === null ? null : { id: stored.ownerId, name: stored.ownerName },
    parked: stored.parked === null ? null : toParkedView(onboarding.companyId, stored.parked),
    outcome: toOutcomeView(onboarding),
    reopenedAt: toIsoInstantOrNull(onboarding.reopenedAt),
    header: {
      status: onboarding.status,
      phase: assessment.phase,
      startDate: toIsoDate(onboarding.startDate),
      day: assessment.day,
      planDays: PLAN_DAYS,
      healthScore: assessment.healthScore,
      components: toComponentsView(assessment.components, thresholds),
      riskLevel: assessment.riskLevel,
      riskReason: assessment.riskReason,
      escalationLevel: assessment.escalationLevel,
      nextCheckpointDate: toIsoDateOrNull(assessment.nextCheckpointDate),
      nextAction: assessment.nextAction,
      assessedAt: toIsoInstant(assessment.asOf),
    },
    criteria: onboarding.criteria.map((criterion) =>
      toCriterionView(
        criterion,
        assessment.criteria.find((judged) => judged.id === criterion.id),
        toCriterionSuggestion(criterion, onboarding.startDate, stored.templateId, templates),
      ),
    ),
    milestones: onboarding.milestones.map((milestone) =>
      toMilestoneView(
        milestone,
        assessment.milestones.find((judged) => judged.id === milestone.id),
        stored.milestoneReplans,
      ),
    ),
    firstWeekSteps: onboarding.firstWeekSteps.map((step) =>
      toFirstWeekStepView(
        step,
        assessment.firstWeekSteps.find((judged) => judged.id === step.id),
      ),
    ),
    stakeholders: toStakeholderMapView(onboarding, now, thresholds),
    signals: assessment.signals.map((signal) => toSignalView(signal, stored.signalHandling)),
    activity: {
      usageTracked: onboarding.usageTracked,
      logins7d: assessment.usage.logins7d,
      activeUsers7d: assessment.usage.activeUsers7d,
      keyFeatures: [...onboarding.keyFeatures],
      keyFeaturesUsed: [...assessment.usage.keyFeaturesUsed],
      lastLoginAt: toIsoInstantOrNull(assessment.usage.lastLoginAt),
      lastInboundReplyAt: toIsoInstantOrNull(findLastInboundReplyAt(onboarding, now)),
      openTickets: onboarding.activity.tickets.filter((ticket) => ticket.closedAt === null).length,
    },
    checkpointNotes: [...stored.checkpointNotes]
      .sort((a, b) => b.at - a.at || b.id - a.id)
      .map((note) => ({
        id: String(note.id),
        milestoneId: note.milestoneId,
        note: note.text,
        loggedAt: toIsoInstant(note.at),
        loggedByUserId: note.authorId ?? '',
      })),
    signalHistory: toSignalHistoryView(stored.signalHandling),
    metricOptions: toMetricOptions(onboarding.keyFeatures),
  };
}

/** The compact sidebar card: the header figures and the most severe signal (signals come sorted by severity). */
export function toSummaryView(
  assessment: Assessment,
  onboarding: Pick<Onboarding, 'status' | 'closedAt'>,
): OnboardingSummaryView {
  const [top] = assessment.signals;
  return {
    companyId: assessment.companyId,
    status: onboarding.status,
    closedAt: toIsoInstantOrNull(onboarding.closedAt),
    phase: assessment.phase,
    day: assessment.day,
    planDays: PLAN_DAYS,
    healthScore: assessment.healthScore,
    riskLevel: assessment.riskLevel,
    escalationLevel: assessment.escalationLevel,
    openSignalCount: assessment.signals.length,
    topSignal: top === undefined ? null : toSignalView(top),
    nextCheckpointDate: toIsoDateOrNull(assessment.nextCheckpointDate),
  };
}

/**
 * No onboarding yet: the templates the CSM can start from, the portal's default one suggested, and today as the
 * suggested day 0 (the CSM moves it to the kickoff date when it differs).
 */
export function toEmptyCardView(
  companyId: string,
  templates: readonly PlaybookTemplate[],
  suggestedTemplateId: string | null,
  today: Instant,
): OnboardingEmptyView {
  return {
    companyId,
    templates: templates.map((template) => ({
      id: template.id,
      name: template.name,
      description: `Key features: ${template.keyFeatures.join(', ')}.`,
      milestoneCount: template.milestones.length,
      firstWeekStepCount: template.firstWeekSteps.length,
    })),
    suggestedTemplateId,
    suggestedStartDate: toIsoDate(today),
  };
}

/** Weights are rescaled over the known components, as the health score does (unknown = left out, not zero). */
function toComponentsView(components: HealthComponents, thresholds: Thresholds): HealthComponentsView {
  const { weights } = thresholds.health;
  const keys = Object.keys(weights) as (keyof HealthComponents)[];
  const knownWeight = keys.reduce((sum, key) => sum + (components[key] === null ? 0 : weights[key]), 0);
  const toView = (key: keyof HealthComponents) => ({
    score: components[key],
    weightPercent:
      components[key] === null || knownWeight === 0 ? 0 : Math.round((weights[key] / knownWeight) * 1000) / 10,
  });
  return {
    usage: toView('usage'),
    engagement: toView('engagement'),
    milestones: toView('milestones'),
    criteria: toView('criteria'),
    support: toView('support'),
  };
}

/**
 * A criterion as the engine judged it now: for a computed metric, the value read from the activity and, without an
 * agreed baseline, the metric's value at agreement; progress direction-aware, against where it should be by today.
 */
function toCriterionView(
  criterion: Criterion,
  judged: CriterionAssessment | undefined,
  suggestion: CriterionSuggestion | null,
): CriterionView {
  const achievedAt = judged?.achievedAt ?? criterion.achievedAt;
  return {
    id: criterion.id,
    name: criterion.name,
    metric: criterion.metric,
    unit: criterion.unit,
    direction: criterion.direction,
    baseline: judged?.baseline ?? criterion.baseline,
    baselineDate: toIsoDateOrNull(criterion.baselineDate),
    baselineEvidence: criterion.baselineEvidence,
    current: judged?.current ?? criterion.current,
    currentSource: judged?.currentSource ?? 'manual',
    currentEnteredAt: judged?.currentSource === 'data' ? null : toIsoInstantOrNull(criterion.currentAt),
    target: criterion.target,
    progressPercent: toPercentOrNull(judged?.progress ?? null),
    expectedProgressPercent: toPercentOrNull(judged?.expectedProgress ?? null),
    achievedAt: toIsoInstantOrNull(achievedAt),
    dueDate: toIsoDateOrNull(criterion.dueDate),
    status: criterion.status,
    source: criterion.source,
    measurable: criterion.target !== null && criterion.dueDate !== null,
    suggestion:
      suggestion === null
        ? null
        : { target: suggestion.target, baseline: suggestion.baseline, dueDate: toIsoDate(suggestion.dueDate) },
  };
}

function toPercentOrNull(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

/**
 * The company's contacts by circle; those without any role are the candidates the CSM can map (the card offers them
 * from the store: it never asks HubSpot while it loads).
 */
function toStakeholderMapView(onboarding: Onboarding, now: Instant, thresholds: Thresholds): StakeholderMapView {
  const { minCircles, minEngagedContacts, engagedWithinDays } = thresholds.singleThreaded;
  const coverage = toEngagedCoverage(onboarding, now, engagedWithinDays);
  const inCircle = (stakeholder: Stakeholder) => stakeholder.roles.some((role) => isCircle(role));
  const validationOwner = onboarding.stakeholders.find((s) => s.roles.includes('validation_owner'));
  const circles = stakeholderCircles.map((circle) => ({
    circle,
    contacts: onboarding.stakeholders.filter((s) => s.roles.includes(circle)).map(toStakeholderView),
  }));
  const mapped = onboarding.stakeholders.filter((s) => s.roles.length > 0);
  return {
    circles,
    others: mapped.filter((s) => !inCircle(s)).map(toStakeholderView),
    candidates: onboarding.stakeholders
      .filter((s) => s.roles.length === 0)
      .map((s) => ({ contactId: s.contactId, name: s.name, kpi: s.kpi })),
    validationOwner: validationOwner === undefined ? null : toStakeholderView(validationOwner),
    singleThreaded: coverage.circles.length < minCircles || coverage.contacts < minEngagedContacts,
    missingCircles: circles.filter((entry) => entry.contacts.length === 0).map((entry) => entry.circle),
  };
}

function isCircle(role: string): boolean {
  return (stakeholderCircles as readonly string[]).includes(role);
}

function toStakeholderView(stakeholder: Stakeholder): StakeholderView {
  return {
    contactId: stakeholder.contactId,
    name: stakeholder.name,
    roles: [...stakeholder.roles],
    lastEngagedAt: toIsoInstantOrNull(stakeholder.lastEngagedAt),
    kpi: stakeholder.kpi,
  };
}

/**
 * A signal a person resolved while its condition held is back: the engine says so until the service stores it open
 * again, then its history does (its last change is the service's `reopened`), so the card keeps saying it.
 */
function toSignalView(signal: Signal, handling: readonly SignalHandling[] = []): SignalView {
  const lastChange = handling.find((entry) => entry.type === signal.type)?.history.at(-1);
  return {
    type: signal.type,
    severity: signal.severity,
    status: signal.status,
    detectedAt: toIsoInstant(signal.detectedAt),
    snoozedUntil: toIsoInstantOrNull(signal.snoozedUntil),
    escalationLevel: signal.escalationLevel,
    reopened: signal.reopened || lastChange?.action === 'reopened',
    evidence: signal.evidence,
    action: signal.action,
  };
}

/** A reply is an inbound email, a connected call or a meeting (docs/PRODUCT.md §4 unanswered_outreach). */
function findLastInboundReplyAt(onboarding: Onboarding, now: Instant): Instant | null {
  let last: Instant | null = null;
  for (const engagement of onboarding.activity.engagements) {
    const isReply = engagement.direction === 'inbound' || engagement.connected || engagement.type === 'meeting';
    if (isReply && engagement.at <= now && (last === null || engagement.at > last)) last = engagement.at;
  }
  return last;
}

function toIsoDateOrNull(date: number | null): string | null {
  return date === null ? null : toIsoDate(date);
}

function toIsoInstantOrNull(instant: Instant | null): string | null {
  return instant === null ? null : toIsoInstant(instant);
}
