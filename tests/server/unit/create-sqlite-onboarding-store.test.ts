import { describe, expect, it } from 'vitest';
import type { Store } from '../../../server/src/onboarding/ports/index.ts';
import {
  atDay,
  buildCriterion,
  buildEngagement,
  buildFirstWeekStep,
  buildMilestone,
  buildOnboarding,
  buildPriorSignal,
  buildStakeholder,
  buildTicket,
  dateOfDay,
} from '../../support/build-onboarding.ts';
import {
  buildAssessment,
  buildFeatureUseEvent,
  buildLoginEvent,
  buildOnboardingRecord,
  OTHER_PORTAL,
  PORTAL,
} from '../../support/create-test-store.ts';
import { useTestStores } from '../../support/use-test-stores.ts';

const openStore = useTestStores();

function buildFullRecord() {
  const { activity: _activity, ...onboarding } = buildOnboarding({
    keyFeatures: ['reports', 'exports'],
    criteria: [
      buildCriterion({
        id: 'c2',
        name: 'Weekly active users',
        baseline: 2,
        current: 4,
        agreedAt: dateOfDay(5),
        achievedAt: atDay(20),
      }),
      buildCriterion({
        id: 'c1',
        name: 'Hours saved',
        direction: 'decrease',
        baseline: null,
        target: null,
        dueDate: null,
        status: 'missed',
      }),
    ],
    milestones: [
      buildMilestone({
        id: 'm1',
        checklist: [{ label: 'Agenda sent', done: true }],
        notes: 'Good call',
        owner: 'Dana (CSM)',
        completesWhen: { rule: 'active_users', atLeast: 3 },
        manual: 'not_done',
      }),
      buildMilestone({
        id: 'm2',
        kind: 'checkpoint_d30',
        dueDate: dateOfDay(30),
        skipped: true,
        skipReason: 'Merged into the day-60 review',
      }),
    ],
    firstWeekSteps: [
      buildFirstWeekStep({ id: 's1', doneAt: atDay(2), manual: 'done' }),
      buildFirstWeekStep({ id: 's2', completesWhen: { rule: 'key_feature_used', feature: 'exports' } }),
    ],
    stakeholders: [
      buildStakeholder({
        contactId: '7',
        roles: ['economic_decision_maker', 'validation_owner'],
        kpi: 'Churn -5 %',
        taggedAt: dateOfDay(1),
      }),
      buildStakeholder({ contactId: '8', name: null, lastEngagedAt: atDay(3) }),
    ],
    signals: [
      buildPriorSignal({ type: 'no_first_login', status: 'acknowledged', acknowledgedAt: atDay(15) }),
      buildPriorSignal({ type: 'single_threaded', status: 'snoozed', snoozedUntil: atDay(20), snoozedAt: atDay(16) }),
      buildPriorSignal({
        type: 'no_criteria',
        status: 'resolved',
        resolvedAt: atDay(17),
        resolvedBy: 'person',
      }),
    ],
    // Closed as churned, then reopened by a person: back in progress, its close kept.
    closedAt: atDay(90),
    outcomeReason: 'other',
    reopenedAt: atDay(91),
  });
  return buildOnboardingRecord({ onboarding });
}

describe('onboarding store', () => {
  it('reads back exactly the onboarding it saved, with the activity of the company', async () => {
    const { store, clock } = await openStore();
    const record = buildFullRecord();
    await store.onboardings.save(record);
    await store.activity.appendUsage(PORTAL, [
      buildLoginEvent('l1', atDay(1)),
      buildFeatureUseEvent('f1', atDay(2), { feature: 'exports' }),
    ]);
    await store.activity.replaceCrmActivity(PORTAL, '101', {
      engagements: [buildEngagement({ contactId: '7' })],
      tickets: [buildTicket()],
      stakeholders: record.onboarding.stakeholders,
    });

    expect(await store.onboardings.get(PORTAL, '101')).toEqual({
      portalId: PORTAL,
      dealId: record.dealId,
      templateId: record.templateId,
      createdAt: record.createdAt,
      updatedAt: clock.now(),
      parked: null,
      onboarding: {
        ...record.onboarding,
        activity: {
          logins: [{ at: atDay(1), userId: 'u1' }],
          featureUses: [{ at: atDay(2), userId: 'u1', feature: 'exports' }],
          engagements: [buildEngagement({ contactId: '7' })],
          tickets: [buildTicket()],
        },
      },
      signalHandling: [
        { type: 'no_first_login', note: null, resolvedAt: null, history: [] },
        { type: 'single_threaded', note: null, resolvedAt: null, history: [] },
        { type: 'no_criteria', note: null, resolvedAt: atDay(17), history: [] },
      ],
      checkpointNotes: [],
      milestoneReplans: [],
      ownerId: null,
      ownerName: null,
    });
  });

  it('replaces the children on a second save', async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    const { activity: _activity, ...smaller } = buildOnboarding({ criteria: [buildCriterion({ id: 'c9' })] });
    await store.onboardings.save(buildOnboardingRecord({ onboarding: smaller }));
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.onboarding).toMatchObject({ criteria: [buildCriterion({ id: 'c9' })], milestones: [], signals: [] });
  });

  it("keeps the CSM's signal note across the engine's saves and stamps when a signal resolves", async () => {
    const { store, clock } = await openStore();
    const record = buildFullRecord();
    await store.onboardings.save(record);
    await store.onboardings.setSignalState(PORTAL, '101', 'no_first_login', {
      status: 'acknowledged',
      snoozedUntil: null,
      note: 'Customer on holiday',
      at: atDay(15),
      authorId: 'u7',
    });
    clock.advance(60_000);
    await store.onboardings.save({
      ...record,
      onboarding: {
        ...record.onboarding,
        signals: [buildPriorSignal({ type: 'no_first_login', status: 'resolved' })],
      },
    });
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.signalHandling).toEqual([
      {
        type: 'no_first_login',
        note: 'Customer on holiday',
        resolvedAt: clock.now(),
        history: [{ at: atDay(15), authorId: 'u7', action: 'acknowledged', note: 'Customer on holiday' }],
      },
    ]);
  });

  it("keeps the onboarding's owner across saves, named from the owners cache of its own portal", async () => {
    const { store, clock } = await openStore();
    await store.onboardings.save(buildFullRecord());
    await store.onboardings.setOwnerIds(PORTAL, [
      { companyId: '101', ownerId: '9001' },
      { companyId: 'no-onboarding', ownerId: '9002' },
    ]);
    await store.owners.put(OTHER_PORTAL, [
      { id: '9001', name: 'Someone else', email: null, teams: [], refreshedAt: clock.now() },
    ]);
    expect(await store.onboardings.get(PORTAL, '101')).toMatchObject({ ownerId: '9001', ownerName: null });

    await store.owners.put(PORTAL, [
      { id: '9001', name: 'Casey Morgan', email: 'casey@vendor.test', teams: [], refreshedAt: clock.now() },
    ]);
    await store.onboardings.save(buildFullRecord());

    expect(await store.onboardings.get(PORTAL, '101')).toMatchObject({ ownerId: '9001', ownerName: 'Casey Morgan' });
    expect(await store.onboardings.list(PORTAL, ['no-onboarding'])).toEqual([]);
    await store.onboardings.setOwnerIds(PORTAL, [{ companyId: '101', ownerId: null }]);
    expect(await store.onboardings.get(PORTAL, '101')).toMatchObject({ ownerId: null, ownerName: null });
  });

  it('returns nothing for a company of another portal', async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildOnboardingRecord({ portalId: OTHER_PORTAL }));
    expect(await store.onboardings.get(PORTAL, '101')).toBeNull();
    expect(await store.onboardings.listActiveCompanyIds(PORTAL)).toEqual([]);
    expect(await store.onboardings.listActiveCompanyIds(OTHER_PORTAL)).toEqual(['101']);
  });

  it('lists in-progress onboardings never assessed or assessed before the cut-off, stalest first', async () => {
    const { store } = await openStore();
    for (const [companyId, status] of [
      ['1', 'in_progress'],
      ['2', 'in_progress'],
      ['3', 'in_progress'],
      ['4', 'completed'],
    ] as const) {
      const { activity: _activity, ...onboarding } = buildOnboarding({ companyId, status });
      await store.onboardings.save(buildOnboardingRecord({ onboarding }));
    }
    await store.assessments.save(PORTAL, buildAssessment('1', atDay(10)));
    await store.assessments.save(PORTAL, buildAssessment('3', atDay(5)));
    expect(await store.onboardings.listActiveCompanyIds(PORTAL)).toEqual(['1', '2', '3']);
    expect(await store.onboardings.listDueForReassessment(PORTAL, atDay(10))).toEqual(['2', '3']);
  });

  it('keeps a parked onboarding readable, leaves it out of the synced lists, and keeps it parked across saves', async () => {
    const { store } = await openStore();
    for (const companyId of ['1', '2']) {
      const { activity: _activity, ...onboarding } = buildOnboarding({ companyId });
      await store.onboardings.save(buildOnboardingRecord({ onboarding }));
    }

    await store.onboardings.park(PORTAL, '2', { reason: 'company_not_found', at: atDay(3) });
    await store.onboardings.park(PORTAL, '999', { reason: 'company_not_found', at: atDay(3) });
    const parked = await store.onboardings.get(PORTAL, '2');
    if (parked === null) throw new Error('the parked onboarding is gone');
    const { activity: _activity, ...onboarding } = parked.onboarding;
    await store.onboardings.save(buildOnboardingRecord({ onboarding }));

    expect((await store.onboardings.get(PORTAL, '2'))?.parked).toEqual({ reason: 'company_not_found', at: atDay(3) });
    expect((await store.onboardings.get(PORTAL, '1'))?.parked).toBeNull();
    expect(await store.onboardings.get(PORTAL, '999')).toBeNull();
    expect(await store.onboardings.listActiveCompanyIds(PORTAL)).toEqual(['1']);
    expect(await store.onboardings.listDueForReassessment(PORTAL, atDay(10))).toEqual(['1']);
  });
});

/**
 * PORTAL: 101 (the full record, with activity), 102 (completed, other criteria, a checkpoint note), 103; another
 * portal has its own 101. Each company's children and activity differ, so a read mixing companies shows.
 */
async function openStoreOfThreeCompanies() {
  const test = await openStore();
  const { store } = test;
  const full = buildFullRecord();
  await store.onboardings.save(full);
  const { activity: _completedActivity, ...completed } = buildOnboarding({
    companyId: '102',
    companyName: 'Beta',
    status: 'completed',
    criteria: [buildCriterion({ id: 'c7', name: 'Seats used' })],
  });
  await store.onboardings.save(buildOnboardingRecord({ onboarding: completed }));
  await store.onboardings.addCheckpointNote(PORTAL, '102', {
    milestoneId: null,
    at: atDay(3),
    authorId: '9',
    text: 'Kickoff',
  });
  const { activity: _plainActivity, ...plain } = buildOnboarding({ companyId: '103', companyName: 'Gamma' });
  await store.onboardings.save(buildOnboardingRecord({ onboarding: plain }));
  const { activity: _elsewhereActivity, ...elsewhere } = buildOnboarding({ companyName: 'Elsewhere' });
  await store.onboardings.save(buildOnboardingRecord({ portalId: OTHER_PORTAL, onboarding: elsewhere }));
  await store.activity.appendUsage(PORTAL, [
    buildLoginEvent('l1', atDay(1)),
    buildLoginEvent('l2', atDay(2), { companyId: '103', userId: 'u2' }),
  ]);
  await store.activity.appendUsage(OTHER_PORTAL, [buildLoginEvent('l3', atDay(4))]);
  await store.activity.replaceCrmActivity(PORTAL, '101', {
    engagements: [buildEngagement()],
    tickets: [buildTicket()],
    stakeholders: full.onboarding.stakeholders,
  });
  return test;
}

describe('bulk reads', () => {
  it.each([
    { reading: 'the whole portal', portalId: PORTAL, companyIds: undefined, names: ['Acme SA', 'Beta', 'Gamma'] },
    {
      reading: 'the given companies, once each, in company id order',
      portalId: PORTAL,
      companyIds: ['103', '101', '103'],
      names: ['Acme SA', 'Gamma'],
    },
    { reading: 'a company without an onboarding', portalId: PORTAL, companyIds: ['999', '102'], names: ['Beta'] },
    { reading: 'another portal', portalId: OTHER_PORTAL, companyIds: undefined, names: ['Elsewhere'] },
    {
      reading: 'the same company in another portal',
      portalId: OTHER_PORTAL,
      companyIds: ['101'],
      names: ['Elsewhere'],
    },
    { reading: 'an empty list of companies', portalId: PORTAL, companyIds: [], names: [] },
    { reading: 'a portal without onboardings', portalId: '3003', companyIds: undefined, names: [] },
  ])('lists, reading $reading, what get reads company by company', async ({ portalId, companyIds, names }) => {
    const { store } = await openStoreOfThreeCompanies();

    const listed = await store.onboardings.list(portalId, companyIds);

    expect(listed.map((stored) => stored.onboarding.companyName)).toEqual(names);
    const oneByOne = await Promise.all(
      listed.map((stored) => store.onboardings.get(portalId, stored.onboarding.companyId)),
    );
    expect(listed).toEqual(oneByOne);
  });

  it('lists each company with its own children and activity', async () => {
    const { store } = await openStoreOfThreeCompanies();

    const [acme, beta, gamma] = await store.onboardings.list(PORTAL);

    expect(acme?.onboarding.criteria.map((criterion) => criterion.id)).toEqual(['c2', 'c1']);
    expect(acme?.onboarding.activity.engagements).toEqual([buildEngagement()]);
    expect(acme?.onboarding.activity.logins).toEqual([{ at: atDay(1), userId: 'u1' }]);
    expect(beta?.onboarding.criteria.map((criterion) => criterion.id)).toEqual(['c7']);
    expect(beta?.checkpointNotes.map((note) => note.text)).toEqual(['Kickoff']);
    expect(beta?.onboarding.activity.logins).toEqual([]);
    expect(gamma?.onboarding.activity.logins).toEqual([{ at: atDay(2), userId: 'u2' }]);
    expect(gamma?.checkpointNotes).toEqual([]);
  });

  it.each([
    { reading: 'the whole portal', portalId: PORTAL, companyIds: undefined, active: ['101', '103'] },
    { reading: 'the given companies', portalId: PORTAL, companyIds: ['103', '102', '999'], active: ['103'] },
    { reading: 'an empty list of companies', portalId: PORTAL, companyIds: [], active: [] },
    { reading: 'another portal', portalId: OTHER_PORTAL, companyIds: ['101', '103'], active: ['101'] },
  ])('lists the in-progress companies, reading $reading', async ({ portalId, companyIds, active }) => {
    const { store } = await openStoreOfThreeCompanies();

    expect(await store.onboardings.listActiveCompanyIds(portalId, companyIds)).toEqual(active);
  });
});

describe('card mutations', () => {
  it('updates one criterion', async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    expect(await store.onboardings.updateCriterion(PORTAL, '101', 'c2', { current: 9, status: 'achieved' })).toEqual({
      ok: true,
      value: undefined,
    });
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.onboarding.criteria.find((criterion) => criterion.id === 'c2')).toMatchObject({
      current: 9,
      status: 'achieved',
    });
  });

  it('records a criterion’s agreed terms with its progress and first agreement day, and keeps the terms when none are given', async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    const terms = { baseline: 2, target: 20, dueDate: dateOfDay(45) };
    const agreement = {
      current: 2,
      status: 'not_started',
      terms: { ...terms, agreedAt: dateOfDay(10), baselineDate: dateOfDay(9), baselineEvidence: 'export.csv' },
    } as const;
    await store.onboardings.updateCriterion(PORTAL, '101', 'c2', agreement);
    await store.onboardings.updateCriterion(PORTAL, '101', 'c1', agreement);
    await store.onboardings.updateCriterion(PORTAL, '101', 'c2', { current: 5, status: 'in_progress' });
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.onboarding.criteria).toEqual([
      expect.objectContaining({ id: 'c2', ...terms, agreedAt: dateOfDay(5), current: 5, status: 'in_progress' }),
      expect.objectContaining({
        id: 'c1',
        ...terms,
        agreedAt: dateOfDay(10),
        baselineDate: dateOfDay(9),
        baselineEvidence: 'export.csv',
        current: 2,
        status: 'not_started',
      }),
    ]);
  });

  it('keeps when a person entered a criterion’s current value', async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    await store.onboardings.updateCriterion(PORTAL, '101', 'c1', {
      current: 7,
      status: 'in_progress',
      currentAt: atDay(12),
    });
    await store.onboardings.updateCriterion(PORTAL, '101', 'c1', { current: 7, status: 'achieved' });
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.onboarding.criteria.find((c) => c.id === 'c1')).toMatchObject({
      current: 7,
      currentAt: atDay(12),
      status: 'achieved',
    });
  });

  it('completes a milestone with its checklist', async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    const checklist = [{ label: 'Criteria reviewed', done: true }];
    await store.onboardings.completeMilestone(PORTAL, '101', 'm2', { completedAt: atDay(31), checklist, notes: 'ok' });
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.onboarding.milestones[1]).toMatchObject({ completedAt: atDay(31), skipped: false, checklist });
  });

  it('logs checkpoint notes in time order', async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    await store.onboardings.addCheckpointNote(PORTAL, '101', {
      milestoneId: null,
      at: atDay(9),
      authorId: null,
      text: 'b',
    });
    const added = await store.onboardings.addCheckpointNote(PORTAL, '101', {
      milestoneId: 'm1',
      at: atDay(7),
      authorId: '42',
      text: 'Day-7 held',
    });
    expect(added).toMatchObject({ ok: true, value: { milestoneId: 'm1', text: 'Day-7 held' } });
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.checkpointNotes.map((note) => note.text)).toEqual(['Day-7 held', 'b']);
  });

  it('snoozes a signal until an instant', async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    await store.onboardings.setSignalState(PORTAL, '101', 'no_first_login', {
      status: 'snoozed',
      snoozedUntil: atDay(21),
      note: null,
      at: atDay(14),
      authorId: 'u7',
    });
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.onboarding.signals[0]).toMatchObject({ status: 'snoozed', snoozedUntil: atDay(21) });
  });

  it("records a person's handling with its date and resolver, and each change in the signal's history", async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    const handle = (status: 'acknowledged' | 'snoozed' | 'resolved', day: number, note: string | null) =>
      store.onboardings.setSignalState(PORTAL, '101', 'single_threaded', {
        status,
        snoozedUntil: status === 'snoozed' ? atDay(day + 7) : null,
        note,
        at: atDay(day),
        authorId: 'u7',
      });
    await handle('acknowledged', 20, null);
    expect((await store.onboardings.get(PORTAL, '101'))?.onboarding.signals[1]).toMatchObject({
      status: 'acknowledged',
      acknowledgedAt: atDay(20),
      snoozedAt: null,
      snoozedUntil: null,
    });
    await handle('snoozed', 21, null);
    expect((await store.onboardings.get(PORTAL, '101'))?.onboarding.signals[1]).toMatchObject({
      status: 'snoozed',
      acknowledgedAt: null,
      snoozedAt: atDay(21),
      snoozedUntil: atDay(28),
    });
    await handle('resolved', 22, 'Met the technical lead');

    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.onboarding.signals[1]).toMatchObject({
      status: 'resolved',
      snoozedAt: null,
      resolvedAt: atDay(22),
      resolvedBy: 'person',
    });
    expect(stored?.signalHandling[1]?.history).toEqual([
      { at: atDay(20), authorId: 'u7', action: 'acknowledged', note: null },
      { at: atDay(21), authorId: 'u7', action: 'snoozed', note: null },
      { at: atDay(22), authorId: 'u7', action: 'resolved', note: 'Met the technical lead' },
    ]);
  });

  it("keeps in the history what the service changed: a person's resolve re-opened, a condition cleared", async () => {
    const { store, clock } = await openStore();
    const record = buildFullRecord();
    await store.onboardings.save(record);
    const saveSignals = (signals: ReturnType<typeof buildPriorSignal>[]) =>
      store.onboardings.save({ ...record, onboarding: { ...record.onboarding, signals } });
    const reopenedAt = clock.now();
    await saveSignals([buildPriorSignal({ type: 'no_criteria' }), buildPriorSignal({ type: 'single_threaded' })]);
    clock.advance(60_000);
    const resolved = { status: 'resolved', resolvedBy: 'condition_cleared' } as const;
    await saveSignals([
      buildPriorSignal({ type: 'no_criteria', ...resolved }),
      buildPriorSignal({ type: 'single_threaded', ...resolved }),
    ]);
    clock.advance(60_000);
    await saveSignals([
      buildPriorSignal({ type: 'no_criteria', ...resolved }),
      buildPriorSignal({ type: 'single_threaded', ...resolved }),
    ]);

    const stored = await store.onboardings.get(PORTAL, '101');
    const clearedAt = reopenedAt + 60_000;
    expect(stored?.signalHandling).toEqual([
      {
        type: 'no_criteria',
        note: null,
        resolvedAt: clearedAt,
        history: [
          { at: reopenedAt, authorId: null, action: 'reopened', note: null },
          { at: clearedAt, authorId: null, action: 'condition_cleared', note: null },
        ],
      },
      {
        type: 'single_threaded',
        note: null,
        resolvedAt: clearedAt,
        history: [{ at: clearedAt, authorId: null, action: 'condition_cleared', note: null }],
      },
    ]);
  });

  it('re-plans a milestone: the new due date, and the one it replaced kept with who, when and why', async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    const replan = { dueDate: dateOfDay(12), reason: 'Sponsor on leave', at: atDay(6), authorId: 'u7' };
    expect(await store.onboardings.replanMilestone(PORTAL, '101', 'm1', replan)).toEqual({
      ok: true,
      value: undefined,
    });
    await store.onboardings.replanMilestone(PORTAL, '101', 'm1', { ...replan, dueDate: dateOfDay(15), at: atDay(11) });

    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.onboarding.milestones[0]?.dueDate).toBe(dateOfDay(15));
    expect(stored?.milestoneReplans).toEqual([
      {
        milestoneId: 'm1',
        at: atDay(6),
        authorId: 'u7',
        previousDueDate: buildMilestone().dueDate,
        reason: replan.reason,
      },
      { milestoneId: 'm1', at: atDay(11), authorId: 'u7', previousDueDate: dateOfDay(12), reason: replan.reason },
    ]);
    expect(await store.onboardings.replanMilestone(PORTAL, '101', 'nope', replan)).toMatchObject({
      ok: false,
      error: { code: 'milestone_not_found' },
    });
  });

  it("keeps a stakeholder's tagging day across a refresh that does not know it, unless its roles changed", async () => {
    const { store } = await openStore();
    const record = buildFullRecord();
    await store.onboardings.save(record);
    const [tagged, other] = record.onboarding.stakeholders;
    if (tagged === undefined || other === undefined) throw new Error('the full record has two stakeholders');
    await store.activity.replaceCrmActivity(PORTAL, '101', {
      engagements: [],
      tickets: [],
      stakeholders: [
        { ...tagged, taggedAt: null },
        { ...other, roles: ['end_user'], taggedAt: null },
      ],
    });
    const kept = (await store.onboardings.get(PORTAL, '101'))?.onboarding.stakeholders;
    expect(kept?.map((stakeholder) => stakeholder.taggedAt)).toEqual([dateOfDay(1), null]);

    await store.activity.replaceCrmActivity(PORTAL, '101', {
      engagements: [],
      tickets: [],
      stakeholders: [{ ...tagged, roles: ['sponsor'], taggedAt: null }],
    });
    const retagged = (await store.onboardings.get(PORTAL, '101'))?.onboarding.stakeholders;
    expect(retagged?.map((stakeholder) => stakeholder.taggedAt)).toEqual([null]);
  });

  it.each([
    [
      'an unknown criterion',
      (store: Store) => store.onboardings.updateCriterion(PORTAL, '101', 'nope', { current: 1, status: 'in_progress' }),
      'criterion_not_found',
    ],
    [
      'an unknown milestone',
      (store: Store) =>
        store.onboardings.completeMilestone(PORTAL, '101', 'nope', { completedAt: 1, checklist: [], notes: null }),
      'milestone_not_found',
    ],
    [
      'a signal not raised',
      (store: Store) =>
        store.onboardings.setSignalState(PORTAL, '101', 'usage_drop', {
          status: 'acknowledged',
          snoozedUntil: null,
          note: null,
          at: 1,
          authorId: null,
        }),
      'signal_not_found',
    ],
    [
      'a company without onboarding',
      (store: Store) => store.onboardings.updateCriterion(PORTAL, '999', 'c1', { current: 1, status: 'in_progress' }),
      'onboarding_not_found',
    ],
    [
      'a note on a company without onboarding',
      (store: Store) =>
        store.onboardings.addCheckpointNote(PORTAL, '999', { milestoneId: null, at: 1, authorId: null, text: 'x' }),
      'onboarding_not_found',
    ],
    [
      'another portal',
      (store: Store) =>
        store.onboardings.updateCriterion(OTHER_PORTAL, '101', 'c2', { current: 1, status: 'in_progress' }),
      'onboarding_not_found',
    ],
  ])('refuses %s with a typed error', async (_case, mutate, code) => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    expect(await mutate(store)).toMatchObject({ ok: false, error: { code } });
  });
});

describe('company merge and removal', () => {
  it('moves the onboarding, its children and its usage to the surviving company', async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    await store.onboardings.addCheckpointNote(PORTAL, '101', {
      milestoneId: 'm1',
      at: atDay(7),
      authorId: null,
      text: 'held',
    });
    await store.activity.appendUsage(PORTAL, [
      buildLoginEvent('l1', atDay(3)),
      buildLoginEvent('l2', atDay(1), { companyId: '202', userId: 'u2' }),
    ]);
    await store.assessments.save(PORTAL, buildAssessment('101', atDay(8)));
    const before = await store.onboardings.get(PORTAL, '101');

    expect(await store.onboardings.moveCompany(PORTAL, '101', '202')).toEqual({ ok: true, value: undefined });

    expect(await store.onboardings.get(PORTAL, '101')).toBeNull();
    expect(await store.assessments.get(PORTAL, '101')).toBeNull();
    const after = await store.onboardings.get(PORTAL, '202');
    expect(after?.onboarding).toMatchObject({
      ...before?.onboarding,
      companyId: '202',
      stakeholders: [],
      activity: {
        logins: [
          { at: atDay(1), userId: 'u2' },
          { at: atDay(3), userId: 'u1' },
        ],
        featureUses: [],
        engagements: [],
        tickets: [],
      },
    });
    expect(after?.checkpointNotes).toEqual(before?.checkpointNotes);
    expect((await store.activity.getUsageRollup(PORTAL, '202', 0)).firstLoginAt).toBe(atDay(1));
  });

  it('refuses to merge into a company that has its own onboarding', async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    const { activity: _activity, ...other } = buildOnboarding({ companyId: '202' });
    await store.onboardings.save(buildOnboardingRecord({ onboarding: other }));
    expect(await store.onboardings.moveCompany(PORTAL, '101', '202')).toMatchObject({
      ok: false,
      error: { code: 'onboarding_exists' },
    });
    expect(await store.onboardings.get(PORTAL, '101')).not.toBeNull();
  });

  it('forgets everything about a removed company', async () => {
    const { store } = await openStore();
    await store.onboardings.save(buildFullRecord());
    await store.activity.appendUsage(PORTAL, [buildLoginEvent('l1', atDay(3))]);
    await store.onboardings.remove(PORTAL, '101');
    expect(await store.onboardings.get(PORTAL, '101')).toBeNull();
    expect(await store.activity.getSnapshot(PORTAL, '101')).toEqual({
      logins: [],
      featureUses: [],
      engagements: [],
      tickets: [],
    });
  });
});
