import { describe, expect, it } from 'vitest';
import { companyPropertyCodecs, dealPropertyCodecs } from '../../../server/src/hubspot/model/liftoff-properties.ts';
import { liftoffObjectNames, liftoffSchema } from '../../../server/src/hubspot/model/liftoff-schema.ts';
import type { CurrentOption, PortalState, SetupItem } from '../../../server/src/hubspot/setup/plan-portal-setup.ts';
import {
  listPropertyDifferences,
  planPortalSetup,
  toOptionUnion,
} from '../../../server/src/hubspot/setup/plan-portal-setup.ts';
import { toSetupItemText, toSetupTargetText } from '../../../server/src/hubspot/setup/to-setup-report-text.ts';
import { buildEarlierReleaseSchema } from '../../support/build-earlier-release-schema.ts';
import {
  buildCurrentProperty,
  buildEmptyPortalState,
  buildSetUpPortalState,
  toObjectTypeId,
} from '../../support/build-portal-state.ts';

const setUp = buildSetUpPortalState(liftoffSchema);
/** A portal an earlier release set up, which this release upgrades. */
const setUpEarlier = buildSetUpPortalState(buildEarlierReleaseSchema(liftoffSchema));

function describeItems(items: readonly SetupItem[], action: SetupItem['action']): string[] {
  return items.filter((item) => item.action === action).map((item) => toSetupTargetText(item.target));
}

function describeUpdates(items: readonly SetupItem[]): string[] {
  return items.filter((item) => item.action === 'update').map(toSetupItemText);
}

function replaceCompanyProperty(
  state: PortalState,
  name: string,
  change: Partial<PortalState['properties']['companies'][number]>,
) {
  return {
    ...state,
    properties: {
      ...state.properties,
      companies: state.properties.companies.map((property) =>
        property.name === name ? { ...property, ...change } : property,
      ),
    },
  };
}

const option = (value: string, displayOrder?: number, extra: Partial<CurrentOption> = {}): CurrentOption => ({
  label: value,
  value,
  hidden: false,
  ...(displayOrder === undefined ? {} : { displayOrder }),
  ...extra,
});

function replaceObject(
  state: PortalState,
  name: string,
  change: (object: NonNullable<PortalState['objects']>[number]) => object,
) {
  return {
    ...state,
    objects: (state.objects ?? []).map((object) => (object.name === name ? { ...object, ...change(object) } : object)),
  };
}

describe('planPortalSetup', () => {
  it('creates every group, property, custom object and label on a portal Liftoff never touched', () => {
    const plan = planPortalSetup(liftoffSchema, buildEmptyPortalState());

    expect(plan.mode).toBe('custom_objects');
    expect(plan.items.every((item) => item.action === 'create')).toBe(true);
    expect(plan.items.filter((item) => item.target.kind === 'object_schema')).toHaveLength(3);
  });

  it('finds everything existing on a portal already set up, so a second run changes nothing', () => {
    const plan = planPortalSetup(liftoffSchema, setUp);

    expect(describeItems(plan.items, 'create')).toEqual([]);
    expect(describeItems(plan.items, 'differs')).toEqual([]);
  });

  it('plans no custom object and the store-only mode when HubSpot refuses schemas (not Enterprise)', () => {
    const plan = planPortalSetup(liftoffSchema, buildEmptyPortalState({ objects: null }));

    expect(plan.mode).toBe('store_only');
    expect(plan.items.some((item) => item.target.kind.startsWith('object_'))).toBe(false);
    expect(plan.items.filter((item) => item.target.kind === 'association_label')).toHaveLength(5);
  });

  it.each([
    {
      situation: 'a company property is missing',
      state: {
        ...setUp,
        properties: {
          ...setUp.properties,
          companies: setUp.properties.companies.filter((p) => p.name !== 'liftoff_day'),
        },
      },
      expected: { create: ['companies property liftoff_day (number)'], differs: [] },
    },
    {
      situation: 'the group is missing on deals only',
      state: { ...setUp, groups: { ...setUp.groups, deals: ['dealinformation'] } },
      expected: { create: ['deals property group liftoff_onboarding ("Liftoff onboarding")'], differs: [] },
    },
    {
      situation: 'a custom object property is missing',
      state: replaceObject(setUp, liftoffObjectNames.signal, (object) => ({
        properties: object.properties.filter((property) => property.name !== 'evidence'),
      })),
      expected: { create: ['liftoff_signal property evidence (string)'], differs: [] },
    },
    {
      situation: 'the criterion schema lacks its deal association',
      state: replaceObject(setUp, liftoffObjectNames.criterion, () => ({ associatedObjectTypeIds: ['0-2'] })),
      expected: { create: ['liftoff_success_criterion association with deals'], differs: [] },
    },
    {
      situation: 'an admin retyped a label in other case',
      state: {
        ...setUp,
        associationLabels: ['economic decision maker ', 'End user', 'Technical influencer', 'Sponsor'],
      },
      expected: { create: ['contact → company association label "Validation owner"'], differs: [] },
    },
    {
      situation: 'the portal was set up before onboardings closed with their outcome',
      state: {
        ...setUp,
        properties: {
          ...setUp.properties,
          companies: setUp.properties.companies.filter(
            (p) => !['liftoff_outcome', 'liftoff_outcome_reason', 'liftoff_closed_at'].includes(p.name),
          ),
          deals: setUp.properties.deals.filter((p) => !p.name.startsWith('liftoff_promises_')),
        },
      },
      expected: {
        create: [
          'companies property liftoff_outcome (enumeration)',
          'companies property liftoff_outcome_reason (enumeration)',
          'companies property liftoff_closed_at (datetime)',
          'deals property liftoff_promises_kept (number)',
          'deals property liftoff_promises_total (number)',
        ],
        differs: [],
      },
    },
    {
      situation: 'a property exists with another type',
      state: {
        ...setUp,
        properties: {
          ...setUp.properties,
          deals: [
            buildCurrentProperty({ name: 'liftoff_handoff_readiness', groupName: 'liftoff_onboarding' }),
            ...setUp.properties.deals.filter(
              (p) => p.name !== 'liftoff_handoff_readiness' && p.name !== 'liftoff_handoff_missing',
            ),
          ],
        },
      },
      expected: {
        create: ['deals property liftoff_handoff_missing (string)'],
        differs: ['deals property liftoff_handoff_readiness (number)'],
      },
    },
  ])('when $situation, creates only that and reports differences', ({ state, expected }) => {
    const plan = planPortalSetup(liftoffSchema, state);

    expect(describeItems(plan.items, 'create')).toEqual(expected.create);
    expect(describeItems(plan.items, 'differs')).toEqual(expected.differs);
  });

  it('upgrades a portal an earlier release set up: the new property, the missing options, the display property', () => {
    const plan = planPortalSetup(liftoffSchema, setUpEarlier);

    expect(describeItems(plan.items, 'create')).toEqual([
      'liftoff_milestone property owner (string)',
      'liftoff_milestone property skip_reason (string)',
      'liftoff_signal property name (string)',
      'liftoff_signal property history (string)',
    ]);
    expect(describeUpdates(plan.items)).toEqual([
      'companies property liftoff_open_signal_types (enumeration): add options no_baseline',
      'custom object liftoff_signal with 12 properties: primary display property signal_type → name',
      'liftoff_signal property signal_type (enumeration): add options no_baseline',
      'liftoff_signal property status (enumeration): add options snoozed',
    ]);
    expect(describeItems(plan.items, 'differs')).toEqual([]);
  });

  it('sends the whole option list: the portal’s options as they are, then the missing one', () => {
    const plan = planPortalSetup(liftoffSchema, setUpEarlier);

    const update = plan.items.find(
      (item) =>
        item.action === 'update' && item.update.kind === 'property_options' && item.update.objectType === 'companies',
    );

    expect(update).toMatchObject({
      update: { objectType: 'companies', propertyName: 'liftoff_open_signal_types', added: ['no_baseline'] },
    });
    const options =
      update?.action === 'update' && update.update.kind === 'property_options' ? update.update.options : [];
    expect(options.map((candidate) => candidate.value)).toEqual(
      liftoffSchema.properties.companies
        .find((property) => property.name === 'liftoff_open_signal_types')
        ?.options.map((candidate) => candidate.value),
    );
  });

  it.each([
    {
      situation: 'an admin relabelled an option and another one lacks',
      state: replaceCompanyProperty(setUp, 'liftoff_risk_level', {
        options: [option('low', 0, { label: 'Fine' }), option('medium', 1), option('high', 2)],
      }),
      expected: { updates: ['companies property liftoff_risk_level (enumeration): add options critical'], differs: [] },
    },
    {
      situation: 'an admin turned a dropdown into radio buttons and an option lacks',
      state: replaceCompanyProperty(setUp, 'liftoff_risk_level', {
        fieldType: 'radio',
        options: [option('low', 0), option('medium', 1), option('high', 2)],
      }),
      expected: {
        updates: ['companies property liftoff_risk_level (enumeration): add options critical'],
        differs: ['companies property liftoff_risk_level (enumeration)'],
      },
    },
    {
      situation: 'the property is text, not an enumeration',
      state: replaceCompanyProperty(setUp, 'liftoff_risk_level', { type: 'string', fieldType: 'text', options: [] }),
      expected: { updates: [], differs: ['companies property liftoff_risk_level (enumeration)'] },
    },
    {
      situation: 'the portal has an extra option of its own',
      state: replaceCompanyProperty(setUp, 'liftoff_risk_level', {
        options: ['low', 'medium', 'high', 'critical', 'churned'].map((value, index) => option(value, index)),
      }),
      expected: { updates: [], differs: [] },
    },
  ])('when $situation, updates and reports only that', ({ state, expected }) => {
    const plan = planPortalSetup(liftoffSchema, state);

    expect(describeItems(plan.items, 'create')).toEqual([]);
    expect(describeUpdates(plan.items)).toEqual(expected.updates);
    expect(describeItems(plan.items, 'differs')).toEqual(expected.differs);
  });

  it('adds properties of an existing custom object to the group its Liftoff properties are in', () => {
    const state = replaceObject(setUp, liftoffObjectNames.milestone, (object) => ({
      properties: object.properties.filter((property) => property.name !== 'notes'),
    }));

    const item = planPortalSetup(liftoffSchema, state).items.find((candidate) => candidate.action === 'create');

    expect(item?.target).toMatchObject({
      kind: 'object_property',
      objectTypeId: toObjectTypeId(1),
      groupName: 'liftoff_milestone_information',
    });
  });
});

describe('listPropertyDifferences', () => {
  const riskLevel = liftoffSchema.properties.companies.find((property) => property.name === 'liftoff_risk_level');
  if (!riskLevel) throw new Error('liftoff_risk_level is not in the desired schema');
  const asDesired = {
    name: riskLevel.name,
    groupName: 'liftoff_onboarding',
    type: 'enumeration',
    fieldType: 'select',
    options: riskLevel.options,
    hasUniqueValue: false,
  };

  it.each([
    { change: {}, expected: [] },
    { change: { label: 'Renamed by an admin' }, expected: [] },
    { change: { type: 'string', options: [] }, expected: ['type is string, expected enumeration'] },
    { change: { fieldType: 'radio' }, expected: ['field type is radio, expected select'] },
    { change: { options: [option('low'), option('high')] }, expected: [] },
  ])(
    'reports $expected when the portal has $change (missing options are added, not reported)',
    ({ change, expected }) => {
      expect(listPropertyDifferences(riskLevel, buildCurrentProperty({ ...asDesired, ...change }))).toEqual(expected);
    },
  );

  it('reports a yes/no property missing an option: its two options are fixed by hand', () => {
    const activated = liftoffSchema.properties.companies.find((property) => property.name === 'liftoff_activated');
    if (!activated) throw new Error('liftoff_activated is not in the desired schema');
    const existing = buildCurrentProperty({ type: 'bool', fieldType: 'booleancheckbox', options: [option('true')] });

    expect(listPropertyDifferences(activated, existing)).toEqual(['options missing: false']);
  });

  it('reports a liftoff_key whose values are not unique', () => {
    const key = liftoffSchema.objects[0]?.properties.find((property) => property.name === 'liftoff_key');
    if (!key) throw new Error('liftoff_key is not in the criterion schema');

    expect(listPropertyDifferences(key, buildCurrentProperty({ name: 'liftoff_key', hasUniqueValue: false }))).toEqual([
      'values are not unique, expected unique',
    ]);
  });
});

describe('toOptionUnion', () => {
  const desired = [option('open', 0), option('acknowledged', 1), option('snoozed', 2), option('resolved', 3)];

  it.each([
    {
      situation: 'every desired option exists',
      existing: desired,
      expected: null,
    },
    {
      situation: 'one is missing',
      existing: [option('open', 0), option('acknowledged', 1), option('resolved', 2)],
      expected: {
        added: ['snoozed'],
        options: [option('open', 0), option('acknowledged', 1), option('resolved', 2), option('snoozed', 3)],
      },
    },
    {
      situation: 'an admin relabelled, hid, reordered and added options',
      existing: [
        option('resolved', 0, { label: 'Done', description: 'Cleared' }),
        option('open', 5, { hidden: true }),
        option('escalated', 2),
      ],
      expected: {
        added: ['acknowledged', 'snoozed'],
        options: [
          option('resolved', 0, { label: 'Done', description: 'Cleared' }),
          option('open', 5, { hidden: true }),
          option('escalated', 2),
          option('acknowledged', 6),
          option('snoozed', 7),
        ],
      },
    },
    {
      situation: 'the portal’s options carry no display order',
      existing: [option('open'), option('acknowledged'), option('resolved')],
      expected: {
        added: ['snoozed'],
        options: [option('open'), option('acknowledged'), option('resolved'), option('snoozed', 0)],
      },
    },
  ])(
    'when $situation, keeps the portal’s options as they are and appends the missing ones',
    ({ existing, expected }) => {
      expect(toOptionUnion(existing, desired)).toEqual(expected);
    },
  );
});

describe('the desired schema covers docs/PRODUCT.md §3', () => {
  const planned = planPortalSetup(liftoffSchema, buildEmptyPortalState()).items.map((item) =>
    toSetupTargetText(item.target),
  );
  const propertiesOf = (objectType: 'companies' | 'deals' | 'contacts') =>
    liftoffSchema.properties[objectType].map((property) => property.name);
  const objectNamed = (name: string) => liftoffSchema.objects.find((object) => object.name === name);

  it('has every company property workflows and reports use', () => {
    expect(propertiesOf('companies').sort()).toEqual(
      [
        'liftoff_status',
        'liftoff_phase',
        'liftoff_start_date',
        'liftoff_day',
        'liftoff_health_score',
        'liftoff_risk_level',
        'liftoff_risk_reason',
        'liftoff_escalation_level',
        'liftoff_open_signals',
        'liftoff_open_signal_types',
        'liftoff_next_checkpoint_date',
        'liftoff_criteria_met',
        'liftoff_criteria_total',
        'liftoff_activated',
        'liftoff_activation_day',
        'liftoff_activated_by_d30',
        'liftoff_activated_by_d60',
        'liftoff_activated_by_d90',
        'liftoff_last_login_at',
        'liftoff_logins_7d',
        'liftoff_active_users_7d',
        'liftoff_last_evaluated_at',
        'liftoff_next_action',
        'liftoff_outcome',
        'liftoff_outcome_reason',
        'liftoff_closed_at',
      ].sort(),
    );
  });

  it('has the deal handoff and promises-kept properties and the stakeholder KPI contact property', () => {
    expect(propertiesOf('deals')).toEqual([
      'liftoff_handoff_readiness',
      'liftoff_handoff_missing',
      'liftoff_promises_kept',
      'liftoff_promises_total',
    ]);
    expect(propertiesOf('contacts')).toEqual(['liftoff_stakeholder_kpi']);
  });

  it('defines every property the service writes (liftoff-properties codecs)', () => {
    const written = [...Object.values(companyPropertyCodecs), ...Object.values(dealPropertyCodecs)].map(
      (codec) => codec.name,
    );

    expect([...propertiesOf('companies'), ...propertiesOf('deals')]).toEqual(expect.arrayContaining(written));
  });

  it.each([
    {
      object: liftoffObjectNames.criterion,
      properties: [
        'liftoff_key',
        'name',
        'metric',
        'unit',
        'baseline_value',
        'target_value',
        'current_value',
        'due_date',
        'status',
        'source',
        'owner_contact_id',
      ],
      associated: ['companies', 'deals'],
    },
    {
      object: liftoffObjectNames.milestone,
      properties: [
        'liftoff_key',
        'name',
        'kind',
        'due_date',
        'completed_at',
        'status',
        'checklist',
        'notes',
        'owner',
        'skip_reason',
      ],
      associated: ['companies'],
    },
    {
      object: liftoffObjectNames.signal,
      properties: [
        'liftoff_key',
        'name',
        'signal_type',
        'severity',
        'status',
        'detected_at',
        'resolved_at',
        'snoozed_until',
        'evidence',
        'recommended_action',
        'history',
        'escalation_level',
      ],
      associated: ['companies'],
    },
  ])(
    'defines the $object custom object with its properties, a unique liftoff_key and its associations',
    ({ object, properties, associated }) => {
      const schema = objectNamed(object);

      expect(schema?.properties.map((property) => property.name)).toEqual(properties);
      expect(schema?.properties.find((property) => property.name === 'liftoff_key')?.hasUniqueValue).toBe(true);
      expect(schema?.associatedObjects).toEqual(associated);
      expect(planned).toContain(`custom object ${object} with ${properties.length} properties`);
    },
  );

  it.each(liftoffSchema.objects.map((schema) => ({ object: schema.name, schema })))(
    'names $object records by a text property, as HubSpot shows a record’s name',
    ({ schema }) => {
      const primary = schema.properties.find((property) => property.name === schema.primaryDisplayProperty);

      expect(primary).toMatchObject({ type: 'string', fieldType: 'text' });
    },
  );

  it('offers every enumeration value of docs/PRODUCT.md §3 as an option', () => {
    const optionsOf = (object: string, property: string) =>
      objectNamed(object)
        ?.properties.find((candidate) => candidate.name === property)
        ?.options.map((option) => option.value);

    expect(optionsOf(liftoffObjectNames.criterion, 'status')).toEqual([
      'not_started',
      'in_progress',
      'achieved',
      'missed',
      'retired',
    ]);
    expect(optionsOf(liftoffObjectNames.criterion, 'source')).toEqual(['sales_promise', 'csm', 'customer']);
    expect(optionsOf(liftoffObjectNames.milestone, 'kind')).toEqual([
      'kickoff',
      'first_login',
      'first_value',
      'checkpoint_d7',
      'checkpoint_d30',
      'checkpoint_d60',
      'review_d90',
      'custom',
    ]);
    expect(optionsOf(liftoffObjectNames.milestone, 'status')).toEqual(['pending', 'done', 'late', 'skipped']);
    expect(optionsOf(liftoffObjectNames.signal, 'severity')).toEqual(['info', 'warning', 'high', 'critical']);
    expect(optionsOf(liftoffObjectNames.signal, 'status')).toEqual(['open', 'acknowledged', 'snoozed', 'resolved']);
    expect(
      liftoffSchema.properties.companies.find((p) => p.name === 'liftoff_risk_level')?.options.map((o) => o.value),
    ).toEqual(['low', 'medium', 'high', 'critical']);
  });

  it('plans the group "Liftoff onboarding" on companies, deals and contacts, and the five stakeholder labels', () => {
    expect(liftoffSchema.group.label).toBe('Liftoff onboarding');
    expect(planned.filter((text) => text.includes('property group liftoff_onboarding'))).toHaveLength(3);
    expect(planned.filter((text) => text.startsWith('contact → company association label'))).toEqual([
      'contact → company association label "Economic decision maker"',
      'contact → company association label "End user"',
      'contact → company association label "Technical influencer"',
      'contact → company association label "Sponsor"',
      'contact → company association label "Validation owner"',
    ]);
  });
});
