import type { MilestoneTemplate, PlaybookTemplate } from './playbook-template.ts';

/**
 * The method's fixed rhythm (docs/PRODUCT.md §2): kickoff within 2 days, first login within 3, first value within
 * the first two weeks, then the mandatory checkpoints at day 7 / 30 / 60 and the value review at day 90.
 */
const createMilestones = (firstValueDay: number, firstValueChecklist: string[]): MilestoneTemplate[] => [
  {
    kind: 'kickoff',
    name: 'Kickoff',
    dueDay: 2,
    checklist: ['Confirm success criteria and due dates', 'Name the validation owner', 'Capture each stakeholder KPI'],
  },
  {
    kind: 'first_login',
    name: 'First login',
    dueDay: 3,
    checklist: ['Send invitations to end users', 'Check that SSO or passwords work'],
  },
  { kind: 'first_value', name: 'First value', dueDay: firstValueDay, checklist: firstValueChecklist },
  {
    kind: 'checkpoint_d7',
    name: 'Day-7 check-in',
    dueDay: 7,
    checklist: ['Review first-week steps', 'Confirm logins per end user', 'Agree the next two weeks'],
  },
  {
    kind: 'checkpoint_d30',
    name: 'Day-30 checkpoint',
    dueDay: 30,
    checklist: ['Review criteria progress against baseline', 'Check key-feature adoption', 'Review open tickets'],
  },
  {
    kind: 'checkpoint_d60',
    name: 'Day-60 checkpoint',
    dueDay: 60,
    checklist: ['Review criteria progress', 'Meet the economic decision maker', 'Plan phase 2 topics'],
  },
  {
    kind: 'review_d90',
    name: 'Day-90 value review',
    dueDay: 90,
    checklist: [
      'Present achieved criteria with numbers',
      'Validate with the validation owner',
      'Hand over to account management',
    ],
  },
];

/** The catch-all playbook for mid-market deals. */
export const standardTemplate: PlaybookTemplate = {
  id: 'standard',
  name: 'Standard onboarding',
  match: { pipelineIds: [], segments: [] },
  milestones: createMilestones(14, ['Build the first report on real data', 'Share it with the sponsor']),
  firstWeekSteps: [
    { name: 'Invite the team', completesWhen: { rule: 'active_users', atLeast: 2 } },
    { name: 'Import your data', completesWhen: { rule: 'key_feature_used', feature: 'imports' } },
    { name: 'Build your first report', completesWhen: { rule: 'key_feature_used', feature: 'reports' } },
    { name: 'Set up one automation', completesWhen: { rule: 'key_feature_used', feature: 'automations' } },
  ],
  keyFeatures: ['reports', 'automations', 'imports'],
  defaultCriteria: [
    {
      name: '5 weekly active users',
      metric: 'weekly_active_users',
      unit: 'users',
      direction: 'increase',
      baseline: 0,
      target: 5,
      dueDay: 30,
    },
    {
      name: '3 automations live',
      metric: 'automations_live',
      unit: 'automations',
      direction: 'increase',
      baseline: 0,
      target: 3,
      dueDay: 60,
    },
    {
      name: 'Weekly report used by management',
      metric: 'report_views_per_week',
      unit: 'views',
      direction: 'increase',
      baseline: 0,
      target: 4,
      dueDay: 90,
    },
  ],
};

/** Self-serve SMB deals: a shorter path to first value and lighter targets. */
export const smbTemplate: PlaybookTemplate = {
  id: 'smb',
  name: 'SMB quick start',
  match: { pipelineIds: [], segments: ['smb'] },
  milestones: createMilestones(7, ['See the first dashboard filled with own data']),
  firstWeekSteps: [
    { name: 'Invite a colleague', completesWhen: { rule: 'active_users', atLeast: 2 } },
    { name: 'Connect your data source', completesWhen: { rule: 'key_feature_used', feature: 'imports' } },
    { name: 'Open your first dashboard', completesWhen: { rule: 'key_feature_used', feature: 'dashboards' } },
  ],
  keyFeatures: ['dashboards', 'imports'],
  defaultCriteria: [
    {
      name: '2 weekly active users',
      metric: 'weekly_active_users',
      unit: 'users',
      direction: 'increase',
      baseline: 0,
      target: 2,
      dueDay: 21,
    },
    {
      name: 'Dashboard opened weekly',
      metric: 'dashboard_views_per_week',
      unit: 'views',
      direction: 'increase',
      baseline: 0,
      target: 3,
      dueDay: 45,
    },
    {
      name: 'Data source syncing daily',
      metric: 'daily_syncs',
      unit: 'syncs',
      direction: 'increase',
      baseline: 0,
      target: 7,
      dueDay: 30,
    },
  ],
};

/** Enterprise deals: SSO and integrations first, more stakeholders, a later first value. */
export const enterpriseTemplate: PlaybookTemplate = {
  id: 'enterprise',
  name: 'Enterprise rollout',
  match: { pipelineIds: [], segments: ['enterprise'] },
  milestones: createMilestones(21, ['Pilot team runs one real process end to end', 'Sponsor confirms the result']),
  firstWeekSteps: [
    { name: 'Connect SSO', completesWhen: { rule: 'key_feature_used', feature: 'sso' } },
    { name: 'Provision the pilot team', completesWhen: { rule: 'active_users', atLeast: 3 } },
    { name: 'Connect the CRM integration', completesWhen: { rule: 'key_feature_used', feature: 'integrations' } },
    // Only the customer's team can say the pilot ran and the plan is agreed: a person ticks these two.
    { name: 'Run the pilot process once', completesWhen: null },
    { name: 'Agree the rollout plan', completesWhen: null },
  ],
  keyFeatures: ['sso', 'integrations', 'reports', 'automations'],
  defaultCriteria: [
    {
      name: '50 weekly active users',
      metric: 'weekly_active_users',
      unit: 'users',
      direction: 'increase',
      baseline: 0,
      target: 50,
      dueDay: 60,
    },
    {
      name: 'Pilot process cycle time halved',
      metric: 'cycle_time_hours',
      unit: 'hours',
      direction: 'decrease',
      baseline: null,
      target: 24,
      dueDay: 60,
    },
    {
      name: '10 automations live',
      metric: 'automations_live',
      unit: 'automations',
      direction: 'increase',
      baseline: 0,
      target: 10,
      dueDay: 90,
    },
    {
      name: 'Manual reporting time cut',
      metric: 'reporting_hours_per_week',
      unit: 'hours',
      direction: 'decrease',
      baseline: null,
      target: 2,
      dueDay: 90,
    },
  ],
};

/** The templates a portal starts with, catch-all last; a portal's settings may add or replace templates. */
export const defaultTemplates: readonly PlaybookTemplate[] = [smbTemplate, enterpriseTemplate, standardTemplate];
