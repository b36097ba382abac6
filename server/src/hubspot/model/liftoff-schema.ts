import {
  criterionSources,
  criterionStatuses,
  milestoneKinds,
  milestoneStatuses,
  onboardingOutcomes,
  onboardingStatuses,
  outcomeReasons,
  phases,
  riskLevels,
  riskReasons,
  severities,
  signalStatuses,
  signalTypes,
} from '@liftoff/shared/domain/index';
import { toWordsLabel } from '../../onboarding/model/to-words-label.ts';
import { stakeholderLabels } from '../reads/to-stakeholder.ts';

/**
 * What `npm run hubspot:setup` makes a portal look like (docs/PRODUCT.md §3). Values follow the encodings of
 * hubspot-value.ts: dates `YYYY-MM-DD`, instants ISO datetimes, booleans `true`/`false`, lists `;`-separated.
 */

export type StandardObjectType = 'companies' | 'deals' | 'contacts';
export type PropertyType = 'string' | 'number' | 'date' | 'datetime' | 'enumeration' | 'bool';
export type FieldType = 'text' | 'textarea' | 'number' | 'date' | 'select' | 'checkbox' | 'booleancheckbox';

export interface PropertyOption {
  label: string;
  value: string;
  displayOrder: number;
  hidden: boolean;
}

export interface DesiredProperty {
  name: string;
  label: string;
  description: string;
  type: PropertyType;
  fieldType: FieldType;
  options: PropertyOption[];
  /** Only `liftoff_key`: the service upserts Liftoff records by it. */
  hasUniqueValue: boolean;
}

/** HubSpot's object type ids of the standard objects a custom object can be associated with. */
export const objectTypeIds = { companies: '0-2', deals: '0-3', contacts: '0-1' } as const;

/**
 * How a schema create body names its associated objects: by object name, as HubSpot's schema documentation and
 * OpenAPI example do (`"associatedObjects": ["CONTACT"]`); HubSpot answers the associations with type ids.
 */
export const associatedObjectNames = { companies: 'COMPANY', deals: 'DEAL' } as const;

export interface DesiredObjectSchema {
  /** Cannot be changed once created; records are addressed as `p{portalId}_{name}` or by objectTypeId. */
  name: string;
  labels: { singular: string; plural: string };
  description: string;
  /** A text property: HubSpot shows it as each record's name (in lists, association cards and record pages). */
  primaryDisplayProperty: string;
  secondaryDisplayProperties: string[];
  searchableProperties: string[];
  requiredProperties: string[];
  associatedObjects: ('companies' | 'deals')[];
  properties: DesiredProperty[];
}

export interface DesiredAssociationLabel {
  /** Internal name (letters, digits, `_`), shown nowhere but stable. */
  name: string;
  label: string;
}

export interface LiftoffSchema {
  group: { name: string; label: string; displayOrder: number };
  properties: Record<StandardObjectType, DesiredProperty[]>;
  objects: DesiredObjectSchema[];
  /** USER_DEFINED labels on the contact → company association. */
  associationLabels: DesiredAssociationLabel[];
}

export const LIFTOFF_GROUP_NAME = 'liftoff_onboarding';
/** The contact property holding a stakeholder's own KPI or motivation (pass it to toStakeholder). */
export const LIFTOFF_CONTACT_KPI_PROPERTY = 'liftoff_stakeholder_kpi';
/** The unique key every Liftoff record carries, e.g. `<companyId>:<type>` for a signal. */
export const LIFTOFF_KEY_PROPERTY = 'liftoff_key';
export const liftoffObjectNames = {
  criterion: 'liftoff_success_criterion',
  milestone: 'liftoff_milestone',
  signal: 'liftoff_signal',
} as const;

function createText(name: string, label: string, description: string, fieldType: 'text' | 'textarea' = 'text') {
  return createProperty(name, label, description, 'string', fieldType);
}

function createNumber(name: string, label: string, description: string): DesiredProperty {
  return createProperty(name, label, description, 'number', 'number');
}

function createDate(name: string, label: string, description: string): DesiredProperty {
  return createProperty(name, label, description, 'date', 'date');
}

function createDatetime(name: string, label: string, description: string): DesiredProperty {
  return createProperty(name, label, description, 'datetime', 'date');
}

function createBoolean(name: string, label: string, description: string): DesiredProperty {
  return createProperty(name, label, description, 'bool', 'booleancheckbox', [
    { label: 'Yes', value: 'true', displayOrder: 0, hidden: false },
    { label: 'No', value: 'false', displayOrder: 1, hidden: false },
  ]);
}

function createEnumeration(
  name: string,
  label: string,
  description: string,
  values: readonly string[],
  fieldType: 'select' | 'checkbox' = 'select',
): DesiredProperty {
  const options = values.map((value, displayOrder) => ({
    label: toWordsLabel(value),
    value,
    displayOrder,
    hidden: false,
  }));
  return createProperty(name, label, description, 'enumeration', fieldType, options);
}

function createProperty(
  name: string,
  label: string,
  description: string,
  type: PropertyType,
  fieldType: FieldType,
  options: PropertyOption[] = [],
): DesiredProperty {
  return { name, label, description, type, fieldType, options, hasUniqueValue: false };
}

function createKeyProperty(): DesiredProperty {
  return {
    ...createText(LIFTOFF_KEY_PROPERTY, 'Liftoff key', 'Unique key the Liftoff service upserts this record by.'),
    hasUniqueValue: true,
  };
}

const companyProperties: DesiredProperty[] = [
  createEnumeration('liftoff_status', 'Onboarding status', 'Status of the Liftoff onboarding.', onboardingStatuses),
  createEnumeration('liftoff_phase', 'Onboarding phase', 'Kickoff (days 0-7) to value review (61-90).', phases),
  createDate('liftoff_start_date', 'Onboarding start date', 'Day 0: the close date or the kickoff date.'),
  createNumber('liftoff_day', 'Onboarding day', 'Whole days since the start date (UTC).'),
  createNumber('liftoff_health_score', 'Onboarding health score', 'Weighted health score, 0-100.'),
  createEnumeration('liftoff_risk_level', 'Onboarding risk level', 'Triggers workflows when it changes.', riskLevels),
  createEnumeration(
    'liftoff_risk_reason',
    'Onboarding risk reason',
    'The signal type, or the health score band, that sets the risk level.',
    riskReasons,
  ),
  createNumber('liftoff_escalation_level', 'Onboarding escalation level', 'Highest escalation of open signals, 0-3.'),
  createNumber('liftoff_open_signals', 'Open onboarding signals', 'Number of open early-warning signals.'),
  createEnumeration(
    'liftoff_open_signal_types',
    'Open onboarding signal types',
    'Types of the open early-warning signals.',
    signalTypes,
    'checkbox',
  ),
  createDate('liftoff_next_checkpoint_date', 'Next onboarding checkpoint', 'Due date of the next checkpoint.'),
  createNumber('liftoff_criteria_met', 'Success criteria met', 'Success criteria achieved.'),
  createNumber('liftoff_criteria_total', 'Success criteria total', 'Success criteria agreed.'),
  createBoolean('liftoff_activated', 'Activated', 'First login, a key feature used and first-week steps done.'),
  createNumber('liftoff_activation_day', 'Activation day', 'Onboarding day on which the customer activated.'),
  createBoolean('liftoff_activated_by_d30', 'Activated by day 30', 'Set once the onboarding is 30 days old.'),
  createBoolean('liftoff_activated_by_d60', 'Activated by day 60', 'Set once the onboarding is 60 days old.'),
  createBoolean('liftoff_activated_by_d90', 'Activated by day 90', 'Set once the onboarding is 90 days old.'),
  createDatetime('liftoff_last_login_at', 'Last product login', 'Latest login reported by the product.'),
  createNumber('liftoff_logins_7d', 'Logins (last 7 days)', 'Logins in the last 7 days.'),
  createNumber('liftoff_active_users_7d', 'Active users (last 7 days)', 'Distinct users active in the last 7 days.'),
  createDatetime('liftoff_last_evaluated_at', 'Onboarding last evaluated', 'When Liftoff last assessed it.'),
  createText('liftoff_next_action', 'Onboarding next action', 'The recommended next action.', 'textarea'),
  createEnumeration(
    'liftoff_outcome',
    'Onboarding outcome',
    'How the onboarding closed: completed, churned or abandoned; empty while in progress.',
    onboardingOutcomes,
  ),
  createEnumeration(
    'liftoff_outcome_reason',
    'Onboarding outcome reason',
    'Why the onboarding closed, as the person who closed it said.',
    outcomeReasons,
  ),
  createDatetime('liftoff_closed_at', 'Onboarding closed at', 'When the onboarding closed; empty while in progress.'),
];

const dealProperties: DesiredProperty[] = [
  createNumber('liftoff_handoff_readiness', 'Handoff readiness', 'Sales-to-CS handoff readiness, 0-100.'),
  createText(
    'liftoff_handoff_missing',
    'Handoff missing items',
    'What the handoff still lacks, one per line.',
    'textarea',
  ),
  createNumber(
    'liftoff_promises_kept',
    'Sales promises kept',
    'Promises of the handoff kept, judged against the target sales promised when the onboarding closed.',
  ),
  createNumber('liftoff_promises_total', 'Sales promises judged', 'Promises of the handoff judged at the close.'),
];

const contactProperties: DesiredProperty[] = [
  createText(
    LIFTOFF_CONTACT_KPI_PROPERTY,
    'Stakeholder KPI / motivation',
    "The stakeholder's own KPI or motivation, captured in the first 72 hours.",
    'textarea',
  ),
];

const criterionSchema: DesiredObjectSchema = {
  name: liftoffObjectNames.criterion,
  labels: { singular: 'Success criterion', plural: 'Success criteria' },
  description: 'A measurable success criterion agreed with the customer (Liftoff).',
  primaryDisplayProperty: 'name',
  secondaryDisplayProperties: ['status', 'due_date'],
  searchableProperties: ['name', LIFTOFF_KEY_PROPERTY],
  requiredProperties: ['name', LIFTOFF_KEY_PROPERTY],
  associatedObjects: ['companies', 'deals'],
  properties: [
    createKeyProperty(),
    createText('name', 'Name', 'What the customer wants to achieve.'),
    createText('metric', 'Metric', 'How it is measured.'),
    createText('unit', 'Unit', 'Unit of the values.'),
    createNumber('baseline_value', 'Baseline value', 'Value before the onboarding.'),
    createNumber('target_value', 'Target value', 'Value promised.'),
    createNumber('current_value', 'Current value', 'Latest measured value.'),
    createDate('due_date', 'Due date', 'When the target must be reached.'),
    createEnumeration('status', 'Status', 'Progress of the criterion.', criterionStatuses),
    createEnumeration('source', 'Source', 'Who set the criterion.', criterionSources),
    createText('owner_contact_id', 'Owner contact', 'HubSpot id of the contact who owns the criterion.'),
  ],
};

const milestoneSchema: DesiredObjectSchema = {
  name: liftoffObjectNames.milestone,
  labels: { singular: 'Onboarding milestone', plural: 'Onboarding milestones' },
  description: 'A step of the onboarding plan, such as the day-30 checkpoint (Liftoff).',
  primaryDisplayProperty: 'name',
  secondaryDisplayProperties: ['status', 'due_date'],
  searchableProperties: ['name', LIFTOFF_KEY_PROPERTY],
  requiredProperties: ['name', LIFTOFF_KEY_PROPERTY],
  associatedObjects: ['companies'],
  properties: [
    createKeyProperty(),
    createText('name', 'Name', 'Name of the milestone.'),
    createEnumeration('kind', 'Kind', 'Kickoff, first login, checkpoints, review or custom.', milestoneKinds),
    createDate('due_date', 'Due date', 'When the milestone is due.'),
    createDatetime('completed_at', 'Completed at', 'When the milestone was completed.'),
    createEnumeration('status', 'Status', 'Pending, done, late or skipped.', milestoneStatuses),
    createText('checklist', 'Checklist', 'Items with their done flags, as JSON.', 'textarea'),
    createText('notes', 'Notes', 'Notes of the checkpoint.', 'textarea'),
    createText('owner', 'Owner', 'Who owns the milestone: a HubSpot user or a customer contact.'),
    createText('skip_reason', 'Skip reason', 'Why the milestone was left out of the plan.', 'textarea'),
  ],
};

const signalSchema: DesiredObjectSchema = {
  name: liftoffObjectNames.signal,
  labels: { singular: 'Onboarding signal', plural: 'Onboarding signals' },
  description: 'An early churn warning on an onboarding; one per company and type (Liftoff).',
  primaryDisplayProperty: 'name',
  secondaryDisplayProperties: ['severity', 'status'],
  searchableProperties: [LIFTOFF_KEY_PROPERTY],
  requiredProperties: ['signal_type', LIFTOFF_KEY_PROPERTY],
  associatedObjects: ['companies'],
  properties: [
    createKeyProperty(),
    createText('name', 'Name', 'The signal type in words, e.g. "No first login": the record\'s name in HubSpot.'),
    createEnumeration('signal_type', 'Type', 'What the signal warns about.', signalTypes),
    createEnumeration('severity', 'Severity', 'Info, warning, high or critical.', severities),
    createEnumeration('status', 'Status', 'Open, acknowledged, snoozed or resolved.', signalStatuses),
    createDatetime('detected_at', 'Detected at', 'When the condition was first seen.'),
    createDatetime('resolved_at', 'Resolved at', 'When the condition cleared.'),
    createDatetime('snoozed_until', 'Snoozed until', 'When a snoozed signal opens again.'),
    createText('evidence', 'Evidence', 'What was observed, with the numbers.', 'textarea'),
    createText('recommended_action', 'Recommended action', 'What to do about it.', 'textarea'),
    createText(
      'history',
      'Handling history',
      'Who acknowledged, snoozed or resolved it and when, with the note; when it cleared or re-opened. Oldest first.',
      'textarea',
    ),
    createNumber(
      'escalation_level',
      'Escalation level',
      '0-3, rising with the age of an open high or critical signal.',
    ),
  ],
};

export const liftoffSchema: LiftoffSchema = {
  group: { name: LIFTOFF_GROUP_NAME, label: 'Liftoff onboarding', displayOrder: -1 },
  properties: { companies: companyProperties, deals: dealProperties, contacts: contactProperties },
  objects: [criterionSchema, milestoneSchema, signalSchema],
  associationLabels: Object.entries(stakeholderLabels).map(([role, label]) => ({ name: `liftoff_${role}`, label })),
};
