import type {
  CriterionView,
  FirstWeekStepView,
  HandoffView,
  HealthHistoryView,
  MilestoneView,
  OnboardingEmptyView,
  OnboardingView,
  SettingsView,
  SignalView,
  OnboardingSummaryView,
  PortfolioAggregatesView,
  PortfolioPageView,
  PortfolioRowView,
  PortfolioTrendsView,
  SignalOutcomesView,
} from '../contract/index.ts';

export const buildCriterion = (overrides: Partial<CriterionView> = {}): CriterionView => ({
  id: 'c1',
  name: '5 weekly active users',
  metric: 'weekly_active_users',
  unit: 'users',
  direction: 'increase',
  baseline: 0,
  baselineDate: null,
  baselineEvidence: null,
  current: 4,
  currentSource: 'data',
  currentEnteredAt: null,
  target: 5,
  progressPercent: 80,
  expectedProgressPercent: 60,
  achievedAt: null,
  dueDate: '2026-04-13',
  status: 'in_progress',
  source: 'sales_promise',
  measurable: true,
  suggestion: null,
  ...overrides,
});

export const buildMilestone = (overrides: Partial<MilestoneView> = {}): MilestoneView => ({
  id: 'm3',
  name: 'Day-30 checkpoint',
  kind: 'checkpoint_d30',
  dueDate: '2026-04-13',
  completedAt: null,
  status: 'pending',
  completedBy: null,
  mark: null,
  rule: null,
  owner: null,
  skipReason: null,
  replans: [],
  checklist: [
    { label: 'Review usage with the sponsor', done: false },
    { label: 'Confirm the criteria', done: false },
  ],
  notes: null,
  ...overrides,
});

/** A step not done yet that only a person completes; override to give it a rule, a completion or a mark. */
export const buildFirstWeekStep = (overrides: Partial<FirstWeekStepView> = {}): FirstWeekStepView => ({
  id: 's2',
  name: 'Import your data',
  done: false,
  doneAt: null,
  completedBy: null,
  mark: null,
  rule: null,
  ...overrides,
});

export const buildSignal = (overrides: Partial<SignalView> = {}): SignalView => ({
  type: 'no_first_login',
  severity: 'critical',
  status: 'open',
  detectedAt: '2026-03-28T08:00:00.000Z',
  snoozedUntil: null,
  escalationLevel: 2,
  reopened: false,
  evidence: 'No login in 17 days since start (threshold: day 14).',
  action: 'Escalate: reminder → call → change of modality.',
  ...overrides,
});

/** A healthy onboarding at day 20: no signal, usage flowing, all circles engaged. */
export const buildOnboardingView = (overrides: Partial<OnboardingView> = {}): OnboardingView => ({
  companyId: '123',
  companyName: 'Acme',
  owner: { id: '9001', name: 'Casey Morgan' },
  parked: null,
  outcome: null,
  reopenedAt: null,
  header: {
    status: 'in_progress',
    phase: 'activation',
    startDate: '2026-03-14',
    day: 20,
    planDays: 90,
    healthScore: 82,
    components: {
      usage: { score: 90, weightPercent: 30 },
      engagement: { score: 75, weightPercent: 20 },
      milestones: { score: 100, weightPercent: 20 },
      criteria: { score: 60, weightPercent: 20 },
      support: { score: 80, weightPercent: 10 },
    },
    riskLevel: 'low',
    riskReason: 'score',
    escalationLevel: 0,
    nextCheckpointDate: '2026-04-13',
    nextAction: 'Hold the day-30 checkpoint with the sponsor.',
    assessedAt: '2026-04-03T09:00:00.000Z',
  },
  criteria: [buildCriterion()],
  milestones: [
    buildMilestone({
      id: 'm1',
      name: 'Kickoff',
      kind: 'kickoff',
      dueDate: '2026-03-14',
      completedAt: '2026-03-14T10:00:00.000Z',
      status: 'done',
      completedBy: 'person',
      mark: 'done',
      checklist: [{ label: 'Agree the criteria', done: true }],
    }),
    buildMilestone(),
  ],
  firstWeekSteps: [
    buildFirstWeekStep({
      id: 's1',
      name: 'Invite the team',
      done: true,
      doneAt: '2026-03-15T10:00:00.000Z',
      completedBy: 'data',
      rule: 'Completes at the first login',
    }),
    buildFirstWeekStep(),
  ],
  stakeholders: {
    circles: [
      {
        circle: 'economic_decision_maker',
        contacts: [
          {
            contactId: '201',
            name: 'Dana Boss',
            roles: ['economic_decision_maker', 'sponsor'],
            lastEngagedAt: '2026-03-30T10:00:00.000Z',
            kpi: 'Cut reporting time by half',
          },
        ],
      },
      {
        circle: 'end_user',
        contacts: [
          {
            contactId: '202',
            name: 'Eli User',
            roles: ['end_user'],
            lastEngagedAt: '2026-04-01T10:00:00.000Z',
            kpi: null,
          },
        ],
      },
      {
        circle: 'technical_influencer',
        contacts: [
          {
            contactId: '203',
            name: 'Tess Tech',
            roles: ['technical_influencer'],
            lastEngagedAt: '2026-03-25T10:00:00.000Z',
            kpi: null,
          },
        ],
      },
    ],
    others: [],
    candidates: [{ contactId: '204', name: 'Finn Finance', kpi: null }],
    validationOwner: {
      contactId: '201',
      name: 'Dana Boss',
      roles: ['validation_owner'],
      lastEngagedAt: '2026-03-30T10:00:00.000Z',
      kpi: null,
    },
    singleThreaded: false,
    missingCircles: [],
  },
  signals: [],
  activity: {
    usageTracked: true,
    logins7d: 23,
    activeUsers7d: 6,
    keyFeatures: ['reports', 'automations', 'imports'],
    keyFeaturesUsed: ['reports', 'imports'],
    lastLoginAt: '2026-04-03T08:12:00.000Z',
    lastInboundReplyAt: '2026-04-01T10:00:00.000Z',
    openTickets: 1,
  },
  checkpointNotes: [
    {
      id: 'n1',
      milestoneId: 'm1',
      note: 'Kickoff held with Dana and Eli.',
      loggedAt: '2026-03-14T11:00:00.000Z',
      loggedByUserId: '1',
    },
  ],
  signalHistory: [],
  metricOptions: [
    { metric: 'weekly_active_users', label: 'Weekly active users' },
    { metric: 'feature_uses_30d:reports', label: 'reports: Uses in the last 30 days' },
  ],
  ...overrides,
});

/** An onboarding in trouble at day 31: critical and high signals, escalated, one circle missing. */
export const buildAtRiskOnboardingView = (): OnboardingView => {
  const healthy = buildOnboardingView();
  return buildOnboardingView({
    header: {
      ...healthy.header,
      phase: 'adoption',
      day: 31,
      healthScore: 24,
      riskLevel: 'critical',
      riskReason: 'no_first_login',
      escalationLevel: 2,
      nextAction: 'Call the sponsor: nobody has logged in yet.',
    },
    signals: [
      buildSignal(),
      buildSignal({
        type: 'milestone_overdue',
        severity: 'high',
        status: 'acknowledged',
        escalationLevel: 0,
        evidence: 'Day-30 checkpoint was due on 13 Apr 2026 and is not done.',
        action: 'Hold the checkpoint; re-plan.',
      }),
    ],
    stakeholders: { ...healthy.stakeholders, singleThreaded: true, missingCircles: ['technical_influencer'] },
    criteria: [buildCriterion({ current: 1, progressPercent: 20 })],
  });
};

export const buildEmptyView = (overrides: Partial<OnboardingEmptyView> = {}): OnboardingEmptyView => ({
  companyId: '123',
  templates: [
    {
      id: 'standard',
      name: 'Standard onboarding',
      description: 'The catch-all playbook for mid-market deals.',
      milestoneCount: 7,
      firstWeekStepCount: 4,
    },
    { id: 'smb', name: 'SMB onboarding', description: 'A lighter plan.', milestoneCount: 6, firstWeekStepCount: 3 },
  ],
  suggestedTemplateId: 'standard',
  suggestedStartDate: '2026-03-14',
  ...overrides,
});

export const buildSummaryView = (overrides: Partial<OnboardingSummaryView> = {}): OnboardingSummaryView => ({
  companyId: '123',
  status: 'in_progress',
  closedAt: null,
  phase: 'activation',
  day: 20,
  planDays: 90,
  healthScore: 82,
  riskLevel: 'low',
  escalationLevel: 0,
  openSignalCount: 0,
  topSignal: null,
  nextCheckpointDate: '2026-04-13',
  ...overrides,
});

/** A deal whose handoff is half done: two criteria, one without a baseline, no technical influencer. */
export const buildHandoffView = (overrides: Partial<HandoffView> = {}): HandoffView => ({
  dealId: '123',
  dealName: 'Acme — annual plan',
  companyId: '900',
  criteria: [
    {
      id: 'h1',
      name: '5 weekly active users',
      metric: 'weekly_active_users',
      unit: 'users',
      baseline: 0,
      target: 5,
      dueDate: '2026-05-01',
    },
    {
      id: 'h2',
      name: 'Reporting time halved',
      metric: 'reporting_hours',
      unit: 'hours',
      baseline: null,
      target: 4,
      dueDate: '2026-06-01',
    },
  ],
  contacts: [
    { contactId: '201', name: 'Dana Boss', email: 'dana@acme.example', roles: ['economic_decision_maker'] },
    { contactId: '202', name: 'Eli User', email: 'eli@acme.example', roles: ['end_user'] },
    { contactId: '203', name: 'Tess Tech', email: 'tess@acme.example', roles: [] },
  ],
  validationOwnerContactId: null,
  readiness: {
    score: 0,
    missing: [
      { code: 'criteria_count', message: 'Write 3–5 measurable criteria (2 so far).', points: 40 },
      { code: 'criteria_baseline', message: 'Give every criterion a baseline (1 missing).', points: 15 },
      { code: 'circles', message: 'Tag a technical influencer.', points: 30 },
      { code: 'validation_owner', message: 'Name the validation owner.', points: 15 },
    ],
  },
  minCriteria: 3,
  maxCriteria: 5,
  ...overrides,
});

export const buildSettingsView = (overrides: Partial<SettingsView> = {}): SettingsView => ({
  mode: 'store_only',
  thresholds: [
    { key: 'no_first_login.day', label: 'No first login after (days)', value: 14, defaultValue: 14, unit: 'days' },
    { key: 'usage_drop.percent', label: 'Usage drop below (%)', value: 50, defaultValue: 50, unit: 'percent' },
  ],
  templates: [
    { id: 'standard', name: 'Standard onboarding', keyFeatures: ['reports', 'automations'], isDefault: true },
  ],
  usagePropertyMapping: {},
  ownerProperty: null,
  usageKey: { configured: true, lastFour: 'a1b2', validKeys: 1 },
  ...overrides,
});

/** An onboarding in progress at high risk, owned by Casey (o1), with one open critical signal. */
export const buildPortfolioRow = (overrides: Partial<PortfolioRowView> = {}): PortfolioRowView => ({
  companyId: '1002',
  companyName: 'Acme Corp',
  owner: { id: 'o1', name: 'Casey Success', teams: ['CS East'] },
  templateId: 'standard',
  cohort: '2026-03',
  startDate: '2026-03-10',
  status: 'in_progress',
  phase: 'activation',
  day: 20,
  healthScore: 41,
  riskLevel: 'high',
  riskReason: 'no_first_login',
  escalationLevel: 1,
  openSignalTypes: ['no_first_login'],
  openSignals: 1,
  openSevereSignals: 1,
  overdueCheckpoints: 1,
  activated: false,
  activationDay: null,
  activatedBy: { d30: null, d60: null, d90: null },
  nextCheckpointDate: '2026-04-09',
  closedAt: null,
  outcomeReason: null,
  assessedAt: '2026-03-30T08:00:00.000Z',
  ...overrides,
});

/** The first page of two rows out of three (limit 2), so a next page exists. */
export const buildPortfolioPageView = (overrides: Partial<PortfolioPageView> = {}): PortfolioPageView => ({
  asOf: '2026-03-30T09:00:00.000Z',
  onboardings: [
    buildPortfolioRow(),
    buildPortfolioRow({
      companyId: '1003',
      companyName: null,
      owner: null,
      phase: 'adoption',
      day: 45,
      healthScore: 78,
      riskLevel: 'low',
      riskReason: 'score',
      escalationLevel: 0,
      openSignalTypes: [],
      openSignals: 0,
      openSevereSignals: 0,
      overdueCheckpoints: 0,
      activated: true,
      activationDay: 12,
      nextCheckpointDate: null,
    }),
  ],
  page: { total: 3, limit: 2, offset: 0, nextOffset: 2 },
  ...overrides,
});

/** Three onboardings over two cohorts: two CSMs (one not yet named by HubSpot) and one unassigned company. */
export const buildPortfolioAggregatesView = (
  overrides: Partial<PortfolioAggregatesView> = {},
): PortfolioAggregatesView => ({
  asOf: '2026-03-30T09:00:00.000Z',
  total: 3,
  byRisk: { low: 1, medium: 0, high: 1, critical: 1 },
  byPhase: { kickoff: 0, activation: 2, adoption: 1, value_review: 0, completed: 0, overdue: 0 },
  cohorts: [
    {
      cohort: '2026-01',
      size: 1,
      activationRate: { d30: 1, d60: 1, d90: null },
      counts: {
        d30: { activated: 1, eligible: 1 },
        d60: { activated: 1, eligible: 1 },
        d90: { activated: 0, eligible: 0 },
      },
    },
    {
      cohort: '2026-03',
      size: 2,
      activationRate: { d30: null, d60: null, d90: null },
      counts: {
        d30: { activated: 0, eligible: 0 },
        d60: { activated: 0, eligible: 0 },
        d90: { activated: 0, eligible: 0 },
      },
    },
  ],
  timeToFirstValue: {
    reached: 1,
    notYet: 2,
    medianDays: 12,
    buckets: [
      { fromDay: 0, toDay: 7, count: 0 },
      { fromDay: 8, toDay: 14, count: 1 },
      { fromDay: 15, toDay: 30, count: 0 },
      { fromDay: 31, toDay: 60, count: 0 },
      { fromDay: 61, toDay: 90, count: 0 },
      { fromDay: 91, toDay: null, count: 0 },
    ],
  },
  workload: [
    {
      owner: { id: 'o1', name: 'Casey Success', teams: ['CS East'] },
      onboardings: 1,
      atRisk: 1,
      overdueCheckpoints: 1,
      openSevereSignals: 1,
    },
    {
      owner: { id: 'o2', name: null, teams: [] },
      onboardings: 1,
      atRisk: 1,
      overdueCheckpoints: 2,
      openSevereSignals: 2,
    },
    { owner: null, onboardings: 1, atRisk: 0, overdueCheckpoints: 0, openSevereSignals: 0 },
  ],
  options: {
    owners: [
      { id: 'o1', name: 'Casey Success', teams: ['CS East'] },
      { id: 'o2', name: null, teams: [] },
    ],
    unassigned: true,
    templates: ['standard', 'enterprise'],
    cohorts: ['2026-01', '2026-03'],
  },
  ...overrides,
});

/** The twelve week ends (Sundays) up to the Sunday before 30 Mar 2026, oldest first. */
const trendWeekEnds = [
  '2026-01-11',
  '2026-01-18',
  '2026-01-25',
  '2026-02-01',
  '2026-02-08',
  '2026-02-15',
  '2026-02-22',
  '2026-03-01',
  '2026-03-08',
  '2026-03-15',
  '2026-03-22',
  '2026-03-29',
];

/** One value per week end, null where the series has no onboarding that week. */
const toOwnerPoints = (health: (number | null)[]) =>
  trendWeekEnds.map((weekEnd, index) => {
    const averageHealth = health[index] ?? null;
    return { weekEnd, averageHealth, onboardings: averageHealth === null ? 0 : 1 };
  });

/**
 * Twelve weeks with history throughout: the one January onboarding alone (unassigned, low) until the two March starts
 * join it in the week of 15 Mar, owned by Casey (o1) and by o2 (not named by HubSpot yet), both slipping to high and
 * critical.
 */
export const buildPortfolioTrendsView = (overrides: Partial<PortfolioTrendsView> = {}): PortfolioTrendsView => ({
  asOf: '2026-03-30T09:00:00.000Z',
  historySince: '2026-01-05T08:00:00.000Z',
  riskByWeek: trendWeekEnds.map((weekEnd, index) => {
    if (index < 9) return { weekEnd, onboardings: 1, byRisk: { low: 1, medium: 0, high: 0, critical: 0 } };
    if (index < 10) return { weekEnd, onboardings: 3, byRisk: { low: 1, medium: 2, high: 0, critical: 0 } };
    return { weekEnd, onboardings: 3, byRisk: { low: 1, medium: 0, high: 1, critical: 1 } };
  }),
  healthByOwner: [
    {
      owner: { id: 'o1', name: 'Casey Success', teams: ['CS East'] },
      points: toOwnerPoints([null, null, null, null, null, null, null, null, null, 62, 50, 41]),
    },
    {
      owner: { id: 'o2', name: null, teams: [] },
      points: toOwnerPoints([null, null, null, null, null, null, null, null, null, 58, 35, 24]),
    },
    { owner: null, points: toOwnerPoints([72, 74, 75, 75, 76, 76, 77, 78, 78, 78, 78, 78]) },
  ],
  ...overrides,
});

/** Twelve closed onboardings, four churned: one with no warning; no first login came before three of them. */
export const buildSignalOutcomesView = (overrides: Partial<SignalOutcomesView> = {}): SignalOutcomesView => ({
  asOf: '2026-03-30T09:00:00.000Z',
  closed: 12,
  churned: 4,
  unwarned: { count: 1, share: 0.25 },
  bySignal: [
    { type: 'no_first_login', accounts: 8, churned: 3, churnRate: 0.375, medianLeadDays: 12 },
    { type: 'usage_drop', accounts: 4, churned: 2, churnRate: 0.5, medianLeadDays: 21 },
    { type: 'single_threaded', accounts: 5, churned: 0, churnRate: 0, medianLeadDays: null },
  ],
  ...overrides,
});

/** Company 123 since its start on 14 Mar 2026, history older than the 90 days: a dip when no one had logged in. */
export const buildHealthHistoryView = (overrides: Partial<HealthHistoryView> = {}): HealthHistoryView => ({
  asOf: '2026-04-03T09:00:00.000Z',
  historySince: '2025-11-20T08:00:00.000Z',
  points: [
    { date: '2026-03-14', healthScore: 70, riskLevel: 'medium' },
    { date: '2026-03-21', healthScore: 76, riskLevel: 'low' },
    { date: '2026-03-28', healthScore: 58, riskLevel: 'medium' },
    { date: '2026-04-01', healthScore: 78, riskLevel: 'low' },
    { date: '2026-04-03', healthScore: 82, riskLevel: 'low' },
  ],
  detections: [{ date: '2026-03-28', type: 'no_first_login' }],
  ...overrides,
});
