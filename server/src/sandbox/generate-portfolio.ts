import type {
  Criterion,
  Engagement,
  FeatureUse,
  Instant,
  Login,
  Milestone,
  Onboarding,
  OnboardingStatus,
  PriorSignal,
  SignalType,
  Stakeholder,
  StakeholderRole,
  Ticket,
} from '@liftoff/shared/domain/index';
import { decideTemplate } from '@liftoff/shared/playbook/decide-template';
import { standardTemplate } from '@liftoff/shared/playbook/default-templates';
import { instantiatePlan } from '@liftoff/shared/playbook/instantiate-plan';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import { toCriterionSuggestion } from '@liftoff/shared/playbook/to-criterion-suggestion';

/**
 * A synthetic, seeded portfolio for the demo's sandbox portal, the benchmarks and tests.
 *
 * Pure and deterministic: the same options always give the same onboardings (own PRNG, `now` passed in), and
 * onboarding i depends only on (seed, i), so a smaller portfolio is a prefix of a larger one. Onboardings cycle
 * through the profiles below: healthy ones in every phase, completed / churned / abandoned / overdue ones, one with
 * no usage source, and one profile per signal type of docs/PRODUCT.md §4 whose data makes that signal's condition hold
 * (some with a prior signal state: open, acknowledged or snoozed, detected up to 10 days ago, for escalation).
 * Start dates spread over the last ~150 days, so there are five or six monthly cohorts.
 */
export interface GeneratePortfolioOptions {
  seed: number;
  size: number;
  now: Instant;
  /** Activity events (logins, feature uses, engagements, tickets) of a fully tracked onboarding; default 200. */
  eventsPerOnboarding?: number;
  /**
   * The one playbook every onboarding follows, as in a portal whose deals all close in one pipeline; default: the
   * template of a segment drawn per onboarding (the draw is made either way, so the rest of the data is the same).
   */
  template?: PlaybookTemplate;
}

const dayMs = 86_400_000;
const hourMs = 3_600_000;

export const portfolioProfiles = [
  'healthy',
  'no_first_login',
  'healthy',
  'low_activation',
  'completed',
  'usage_drop',
  'healthy',
  'unanswered_outreach',
  'unresolved_tickets',
  'healthy',
  'milestone_overdue',
  'criterion_at_risk',
  'healthy',
  'single_threaded',
  'no_validation_owner',
  'completed',
  'no_baseline',
  'no_criteria',
  'healthy',
  'too_many_criteria',
  'complex_first_week',
  'usage_untracked',
  'healthy',
  'overdue',
  'churned',
  'healthy',
  'abandoned',
] as const;
export type PortfolioProfile = (typeof portfolioProfiles)[number];

/** The profile of onboarding `index`: the portfolio cycles through `portfolioProfiles`. */
export const toPortfolioProfile = (index: number): PortfolioProfile =>
  portfolioProfiles[index % portfolioProfiles.length] ?? 'healthy';

interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32: a tiny, fast 32-bit PRNG with good enough statistics for synthetic data. */
const createRandom = (seed: number): Random => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (probability) => next() < probability,
  };
};

/** Everything a profile needs to shape one onboarding. */
interface Draft {
  rng: Random;
  now: Instant;
  /** 00:00 UTC of the as-of date. */
  today: Instant;
  events: number;
  onboarding: Onboarding;
}

const firstNames = ['Jane', 'Omar', 'Lea', 'Marc', 'Sofia', 'Yuki', 'Ines', 'Paul', 'Nora', 'Hugo', 'Amir', 'Chloe'];
const lastNames = ['Roe', 'Martin', 'Dubois', 'Silva', 'Tanaka', 'Moreau', 'Okafor', 'Berger', 'Costa', 'Lambert'];
const companyWords = ['Acme', 'Nordwind', 'Helio', 'Bluefin', 'Quartz', 'Vela', 'Orchard', 'Kestrel', 'Lumen', 'Atlas'];
const companyKinds = ['Logistics', 'Health', 'Foods', 'Energy', 'Software', 'Retail', 'Finance', 'Labs', 'Studio'];
const companySuffixes = ['SA', 'GmbH', 'Ltd', 'Inc', 'SAS', 'BV'];
const otherFeatures = ['search', 'settings', 'exports', 'comments'];
const ticketCategories = ['sso', 'import', 'billing', 'permissions', 'integration'];

/**
 * The k-th of `count` times in [from, to], denser towards `to` (usage grows as a team adopts the product).
 * Stratified (one draw per k-th slice) so that week-on-week counts grow steadily instead of dropping by chance,
 * which would raise usage_drop on a healthy onboarding; the times come out in order.
 */
const toRampTime = (rng: Random, from: Instant, to: Instant, k: number, count: number): Instant =>
  Math.round(from + Math.max(0, to - from) * Math.sqrt((k + rng.next()) / count));

const toUniformTime = (rng: Random, from: Instant, to: Instant): Instant =>
  Math.round(from + Math.max(0, to - from) * rng.next());

const byTime = <T extends { at: Instant }>(a: T, b: T): number => a.at - b.at;

const createLogins = (rng: Random, count: number, users: readonly string[], from: Instant, to: Instant): Login[] =>
  Array.from({ length: count }, (_, k) => ({ at: toRampTime(rng, from, to, k, count), userId: rng.pick(users) }));

/** Four uses out of five are of the template's key features. */
const createFeatureUses = (
  rng: Random,
  count: number,
  users: readonly string[],
  keyFeatures: readonly string[],
  from: Instant,
  to: Instant,
): FeatureUse[] =>
  Array.from({ length: count }, (_, k) => ({
    at: toRampTime(rng, from, to, k, count),
    userId: rng.pick(users),
    feature: rng.chance(0.8) ? rng.pick(keyFeatures) : rng.pick(otherFeatures),
  }));

/** Outreach answered within 30 hours (never after `now`): an inbound email, a connected call or a meeting. */
const createAnsweredOutreach = (rng: Random, pairs: number, from: Instant, now: Instant): Engagement[] =>
  Array.from({ length: pairs }, (): Engagement[] => {
    const at = toUniformTime(rng, from, now);
    const replyAt = at + Math.round(rng.next() * Math.min(30 * hourMs, now - at));
    const outbound: Engagement = {
      at,
      type: rng.pick(['email', 'call'] as const),
      direction: 'outbound',
      connected: false,
      contactId: null,
    };
    const reply: Engagement = rng.pick<Engagement>([
      { at: replyAt, type: 'email', direction: 'inbound', connected: false, contactId: null },
      { at: replyAt, type: 'call', direction: 'outbound', connected: true, contactId: null },
      { at: replyAt, type: 'meeting', direction: 'outbound', connected: false, contactId: null },
    ]);
    return [outbound, reply];
  })
    .flat()
    .sort(byTime);

/** Tickets resolved within three days (all closed before `now`). */
const createClosedTickets = (rng: Random, count: number, idPrefix: string, from: Instant, now: Instant): Ticket[] =>
  Array.from({ length: count }, (_, i) => {
    const openedAt = toUniformTime(rng, from, now);
    return {
      id: `${idPrefix}-t${i + 1}`,
      openedAt,
      closedAt: openedAt + Math.round(rng.next() * Math.min(3 * dayMs, now - openedAt)),
      priority: rng.pick(['low', 'medium', 'medium', 'high'] as const),
      category: rng.pick(ticketCategories),
    };
  }).sort((a, b) => a.openedAt - b.openedAt);

/** A milestone due before today is completed on its due date (business hours), so it is on time. */
const toCompletedOnTime = (rng: Random, milestone: Milestone, today: Instant): Milestone =>
  milestone.dueDate < today
    ? {
        ...milestone,
        completedAt: milestone.dueDate + rng.int(9, 17) * hourMs,
        checklist: milestone.checklist.map((item) => ({ ...item, done: true })),
      }
    : milestone;

/**
 * Progress runs ahead of the calendar (a quarter of the way on top of elapsed time), so a healthy criterion is
 * never below 50 % within 14 days of its due date and is achieved by then. Baselines the template leaves to
 * capture at kickoff are captured: twice the target for "reduce" metrics.
 */
const toProgressingCriterion = (rng: Random, criterion: Criterion, startDate: Instant, day: number): Criterion => {
  const target = criterion.target ?? 1;
  const baseline = criterion.baseline ?? target * 2;
  const dueDay = criterion.dueDate === null ? 90 : Math.round((criterion.dueDate - startDate) / dayMs);
  const progress = Math.min(1, day / Math.max(1, dueDay) + 0.25 + rng.next() * 0.2);
  const achieved = progress >= 1;
  return {
    ...criterion,
    baseline,
    current: achieved ? target : Math.round((baseline + (target - baseline) * progress) * 10) / 10,
    status: achieved ? 'achieved' : day === 0 ? 'not_started' : 'in_progress',
    source: 'sales_promise',
  };
};

/** Every circle covered, a validation owner, two or more contacts engaged in the last 10 days. */
const createStakeholders = (rng: Random, companyId: string, startDate: Instant, now: Instant): Stakeholder[] => {
  const roleSets: StakeholderRole[][] = [
    ['economic_decision_maker', 'sponsor'],
    ['end_user', 'validation_owner'],
    ['technical_influencer'],
    ...(rng.chance(0.5) ? [['end_user'] as StakeholderRole[]] : []),
  ];
  return roleSets.map((roles, i) => ({
    contactId: `${companyId}0${i + 1}`,
    name: `${rng.pick(firstNames)} ${rng.pick(lastNames)}`,
    roles,
    lastEngagedAt: toUniformTime(rng, Math.max(startDate, now - 10 * dayMs), now),
    taggedAt: null,
    kpi: rng.chance(0.7) ? rng.pick(['Cut reporting time', 'Fewer manual steps', 'Pipeline visibility']) : null,
  }));
};

/** A healthy onboarding at day `day`: plan on schedule, steady usage, answered outreach, closed tickets. */
const buildHealthy = (
  rng: Random,
  companyId: string,
  startDate: Instant,
  now: Instant,
  events: number,
  fixedTemplate: PlaybookTemplate | undefined,
): Onboarding => {
  const today = Math.floor(now / dayMs) * dayMs;
  const day = Math.floor((now - startDate) / dayMs);
  const segment = rng.pick(['smb', 'smb', 'standard', 'standard', 'enterprise']);
  const template = fixedTemplate ?? decideTemplate({ pipelineId: null, segment }) ?? standardTemplate;
  const plan = instantiatePlan(template, startDate, `ob-${companyId}`);
  const stakeholders = createStakeholders(rng, companyId, startDate, now);
  const users = Array.from({ length: rng.int(3, 12) }, (_, i) => `${companyId}-u${i + 1}`);
  const engagementPairs = Math.round((events * 0.08) / 2);
  const ticketCount = Math.min(4, Math.round(events * 0.02));
  const usageEvents = Math.max(0, events - engagementPairs * 2 - ticketCount);
  const loginCount = Math.round(usageEvents * 0.55);
  const firstLoginAt = Math.min(now, startDate + rng.int(2, 20) * hourMs);
  const logins = createLogins(rng, Math.max(0, loginCount - 1), users, firstLoginAt, now);
  return {
    companyId,
    companyName: `${rng.pick(companyWords)} ${rng.pick(companyKinds)} ${rng.pick(companySuffixes)}`,
    startDate,
    status: 'in_progress',
    usageTracked: true,
    keyFeatures: plan.keyFeatures,
    // A healthy onboarding had its criteria agreed at kickoff, on the terms the playbook proposes.
    criteria: plan.criteria.map((c) => ({
      ...toProgressingCriterion(
        rng,
        { ...c, ...toCriterionSuggestion(c, startDate, template.id, [template]) },
        startDate,
        day,
      ),
      ownerContactId: stakeholders[1]?.contactId ?? null,
    })),
    milestones: plan.milestones.map((m) => toCompletedOnTime(rng, m, today)),
    firstWeekSteps: plan.firstWeekSteps.map((step, i) => {
      const doneAt = startDate + i * dayMs + rng.int(9, 17) * hourMs;
      return { ...step, doneAt: doneAt <= now ? doneAt : null };
    }),
    stakeholders,
    activity: {
      logins: [{ at: firstLoginAt, userId: users[0] ?? `${companyId}-u1` }, ...logins],
      featureUses: createFeatureUses(rng, usageEvents - loginCount, users, plan.keyFeatures, firstLoginAt, now),
      engagements: createAnsweredOutreach(rng, engagementPairs, startDate, now),
      tickets: createClosedTickets(rng, ticketCount, `ob-${companyId}`, startDate, now),
    },
    signals: [],
    closedAt: null,
    outcomeReason: null,
    reopenedAt: null,
  };
};

/** Half of the troubled onboardings already carry the signal from an earlier evaluation. */
const addPriorSignal = (draft: Draft, type: SignalType, earliest: Instant): void => {
  const { rng, now, onboarding } = draft;
  if (!rng.chance(0.5)) return;
  const detectedAt = toUniformTime(rng, Math.min(now, Math.max(earliest, now - 10 * dayMs)), now);
  const handling = rng.next();
  const unhandled = { acknowledgedAt: null, snoozedAt: null, resolvedAt: null, resolvedBy: null };
  const prior: PriorSignal =
    handling < 0.7
      ? { type, status: 'open', detectedAt, snoozedUntil: null, ...unhandled }
      : handling < 0.85
        ? { type, status: 'acknowledged', detectedAt, snoozedUntil: null, ...unhandled }
        : { type, status: 'snoozed', detectedAt, snoozedUntil: now + rng.pick([-1, 3]) * dayMs, ...unhandled };
  onboarding.signals.push(prior);
};

const withoutUsage = (draft: Draft): void => {
  draft.onboarding.activity.logins = [];
  draft.onboarding.activity.featureUses = [];
};

const usersOf = (onboarding: Onboarding): string[] => [...new Set(onboarding.activity.logins.map((l) => l.userId))];

interface ProfileRule {
  /** The range of day numbers (age at `now`) this profile is drawn from. */
  days: readonly [number, number];
  status: OnboardingStatus;
  shape?: (draft: Draft) => void;
}

/** How each profile departs from a healthy onboarding; each comment is the condition it makes hold. */
const profileRules: Record<PortfolioProfile, ProfileRule> = {
  healthy: { days: [0, 89], status: 'in_progress' },
  // Past day 90 a healthy onboarding has held every milestone and achieved every criterion.
  completed: { days: [91, 150], status: 'completed' },
  overdue: {
    // Past day 90 and the value review never held: phase `overdue`, milestone_overdue.
    days: [91, 130],
    status: 'in_progress',
    shape: (draft) => {
      const review = draft.onboarding.milestones.find((m) => m.kind === 'review_d90');
      if (review !== undefined) review.completedAt = null;
    },
  },
  churned: {
    // Usage stopped three weeks in; the CSM closed it as churned (no signals raised).
    days: [30, 120],
    status: 'churned',
    shape: (draft) => {
      const stop = draft.onboarding.startDate + 21 * dayMs;
      const { activity } = draft.onboarding;
      activity.logins = activity.logins.filter((l) => l.at < stop);
      activity.featureUses = activity.featureUses.filter((f) => f.at < stop);
    },
  },
  abandoned: { days: [10, 60], status: 'abandoned', shape: withoutUsage },
  usage_untracked: {
    // No usage source: the usage component is null and usage signals are not raised.
    days: [5, 85],
    status: 'in_progress',
    shape: (draft) => {
      withoutUsage(draft);
      draft.onboarding.usageTracked = false;
    },
  },
  no_first_login: {
    // Day >= 14 and no login ever.
    days: [14, 45],
    status: 'in_progress',
    shape: (draft) => {
      withoutUsage(draft);
      draft.onboarding.milestones = draft.onboarding.milestones.map((m) =>
        m.kind === 'first_login' || m.kind === 'first_value' ? { ...m, completedAt: null } : m,
      );
      addPriorSignal(draft, 'no_first_login', draft.onboarding.startDate + 14 * dayMs);
    },
  },
  low_activation: {
    // Day >= 30, no login in the last 7 days and no key feature used since start.
    days: [30, 80],
    status: 'in_progress',
    shape: (draft) => {
      const { activity, startDate } = draft.onboarding;
      const users = usersOf(draft.onboarding);
      const lastUse = draft.now - 15 * dayMs;
      activity.logins = createLogins(draft.rng, Math.round(draft.events * 0.2), users, startDate + 5 * hourMs, lastUse);
      activity.featureUses = createFeatureUses(
        draft.rng,
        Math.round(draft.events * 0.1),
        users,
        otherFeatures,
        startDate,
        lastUse,
      );
      addPriorSignal(draft, 'low_activation', startDate + 30 * dayMs);
    },
  },
  usage_drop: {
    // Logins in the last 7 days below half of the 7 days before, which had at least 5.
    days: [21, 85],
    status: 'in_progress',
    shape: (draft) => {
      const { rng, now } = draft;
      const { activity } = draft.onboarding;
      const users = usersOf(draft.onboarding);
      const earlierWeek = activity.logins.filter((l) => l.at <= now - 14 * dayMs);
      const previousWeek = createLogins(rng, rng.int(20, 40), users, now - 14 * dayMs + hourMs, now - 7 * dayMs);
      const lastWeek = createLogins(rng, rng.int(0, 6), users, now - 7 * dayMs + hourMs, now);
      activity.logins = [...earlierWeek, ...previousWeek, ...lastWeek];
      activity.featureUses = activity.featureUses.filter((f) => f.at <= now - 7 * dayMs);
      addPriorSignal(draft, 'usage_drop', now - 7 * dayMs);
    },
  },
  unanswered_outreach: {
    // 2–4 outbound emails / unconnected calls in the last 14 days and no reply since the first of them.
    days: [10, 85],
    status: 'in_progress',
    shape: (draft) => {
      const { rng, now } = draft;
      const { activity } = draft.onboarding;
      const windowStart = Math.max(draft.onboarding.startDate, now - 13 * dayMs);
      const outreach = Array.from({ length: rng.int(2, 4) }, (): Engagement => ({
        at: toUniformTime(rng, windowStart, now - hourMs),
        type: rng.pick(['email', 'call'] as const),
        direction: 'outbound',
        connected: false,
        contactId: null,
      }));
      activity.engagements = [...activity.engagements.filter((e) => e.at < now - 14 * dayMs), ...outreach].sort(byTime);
      addPriorSignal(draft, 'unanswered_outreach', windowStart);
    },
  },
  unresolved_tickets: {
    // Three open tickets, or an open urgent ticket older than 7 days, or a repeat category with one still open.
    days: [10, 85],
    status: 'in_progress',
    shape: (draft) => {
      const { rng, now } = draft;
      const { companyId, activity } = draft.onboarding;
      const open = (n: number, openedAt: Instant, priority: Ticket['priority'], category: string): Ticket => ({
        id: `ob-${companyId}-open${n}`,
        openedAt,
        closedAt: null,
        priority,
        category,
      });
      const variant = rng.int(0, 2);
      const firstOpenedAt = Math.max(draft.onboarding.startDate + 2 * hourMs, now - 20 * dayMs);
      const added =
        variant === 0
          ? [1, 2, 3].map((n) => open(n, now - rng.int(1, 6) * dayMs, 'medium', rng.pick(ticketCategories)))
          : variant === 1
            ? [open(1, now - rng.int(8, 9) * dayMs, 'urgent', 'sso')]
            : [
                { ...open(1, firstOpenedAt, 'low', 'import'), closedAt: firstOpenedAt + 2 * dayMs },
                open(2, now - 2 * dayMs, 'low', 'import'),
              ];
      activity.tickets = [...activity.tickets, ...added];
      addPriorSignal(draft, 'unresolved_tickets', now - 9 * dayMs);
    },
  },
  milestone_overdue: {
    // The latest checkpoint already due was not held.
    days: [10, 85],
    status: 'in_progress',
    shape: (draft) => {
      const missed = draft.onboarding.milestones
        .filter((m) => m.kind.startsWith('checkpoint_') && m.dueDate < draft.today)
        .at(-1);
      if (missed !== undefined) missed.completedAt = null;
      addPriorSignal(draft, 'milestone_overdue', (missed?.dueDate ?? draft.today) + dayMs);
    },
  },
  criterion_at_risk: {
    // A criterion due within 14 days at 20 % progress, or past its due date and not achieved.
    days: [20, 80],
    status: 'in_progress',
    shape: (draft) => {
      const { rng, today } = draft;
      const [criterion] = draft.onboarding.criteria;
      if (criterion === undefined) return;
      const baseline = criterion.baseline ?? 0;
      const target = criterion.target ?? 10;
      Object.assign(criterion, {
        dueDate: today + (rng.chance(0.7) ? rng.int(2, 13) : -rng.int(1, 10)) * dayMs,
        current: baseline + (target - baseline) * 0.2,
        status: 'in_progress',
      });
      addPriorSignal(draft, 'criterion_at_risk', today - 5 * dayMs);
    },
  },
  single_threaded: {
    // Day >= 7 and a single contact (economic circle only) engaged.
    days: [7, 85],
    status: 'in_progress',
    shape: (draft) => {
      draft.onboarding.stakeholders = draft.onboarding.stakeholders
        .slice(0, 1)
        .map((s) => ({ ...s, roles: ['economic_decision_maker', 'sponsor', 'validation_owner'] }));
      addPriorSignal(draft, 'single_threaded', draft.onboarding.startDate + 7 * dayMs);
    },
  },
  no_validation_owner: {
    // Day >= 7 and nobody labelled validation owner.
    days: [7, 85],
    status: 'in_progress',
    shape: (draft) => {
      for (const s of draft.onboarding.stakeholders) s.roles = s.roles.filter((r) => r !== 'validation_owner');
    },
  },
  no_baseline: {
    // Day >= 14 and a criterion without a baseline.
    days: [14, 85],
    status: 'in_progress',
    shape: (draft) => {
      const last = draft.onboarding.criteria.at(-1);
      if (last !== undefined) last.baseline = null;
    },
  },
  no_criteria: {
    // Day >= 7 and fewer than 3 measurable criteria: none at all, or promises without a target.
    days: [7, 60],
    status: 'in_progress',
    shape: (draft) => {
      draft.onboarding.criteria = draft.rng.chance(0.5)
        ? []
        : draft.onboarding.criteria.map((c) => ({ ...c, target: null, current: null, status: 'in_progress' }));
      addPriorSignal(draft, 'no_criteria', draft.onboarding.startDate + 7 * dayMs);
    },
  },
  too_many_criteria: {
    // More than 5 criteria: the promises doubled up.
    days: [0, 85],
    status: 'in_progress',
    shape: (draft) => {
      const { criteria } = draft.onboarding;
      const copies = criteria.map((c, i) => ({ ...c, id: `${c.id}-bis`, name: `${c.name} (team ${i + 2})` }));
      draft.onboarding.criteria = [...criteria, ...copies, ...copies.map((c) => ({ ...c, id: `${c.id}-ter` }))].slice(
        0,
        7,
      );
    },
  },
  complex_first_week: {
    // More than 5 first-week steps.
    days: [0, 30],
    status: 'in_progress',
    shape: (draft) => {
      const { firstWeekSteps, companyId } = draft.onboarding;
      const extra = ['Configure permissions', 'Customise the dashboard', 'Train the admins', 'Set up notifications'];
      draft.onboarding.firstWeekSteps = [
        ...firstWeekSteps,
        ...extra.map((name, i) => ({
          id: `ob-${companyId}-sx${i + 1}`,
          name,
          doneAt: null,
          completesWhen: null,
          manual: null,
        })),
      ].slice(0, 8);
    },
  },
};

/** One onboarding, from its own PRNG stream seeded by (seed, index). */
const generateOnboarding = (
  seed: number,
  index: number,
  now: Instant,
  events: number,
  template: PlaybookTemplate | undefined,
): Onboarding => {
  const rng = createRandom(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const profile = toPortfolioProfile(index);
  const rule = profileRules[profile];
  const today = Math.floor(now / dayMs) * dayMs;
  const day = rng.int(rule.days[0], rule.days[1]);
  const startDate = today - day * dayMs;
  const companyId = String(1001 + index);
  const onboarding = buildHealthy(rng, companyId, startDate, now, events, template);
  onboarding.status = rule.status;
  rule.shape?.({ rng, now, today, events, onboarding });
  return onboarding;
};

/** Generates `size` onboardings as of `now` (see the file comment for what they contain). */
export function generatePortfolio(options: GeneratePortfolioOptions): Onboarding[] {
  const { seed, size, now, eventsPerOnboarding = 200, template } = options;
  return Array.from({ length: size }, (_, index) =>
    generateOnboarding(seed, index, now, eventsPerOnboarding, template),
  );
}
