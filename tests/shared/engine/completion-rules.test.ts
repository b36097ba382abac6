import type {
  CompletionRule,
  FeatureUse,
  FirstWeekStep,
  Login,
  Milestone,
  Onboarding,
  StepAssessment,
} from '@liftoff/shared/domain/index';
import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { describe, expect, it } from 'vitest';
import {
  START,
  atDay,
  buildFeatureUse,
  buildFirstWeekStep,
  buildLogin,
  buildMilestone,
  buildOnboarding,
  dateOfDay,
} from '../../support/build-onboarding.ts';

/** docs/PRODUCT.md §3.1: a step or milestone with a completion rule is done at the first instant its rule holds. */

const NOW = atDay(20);
const login = (at: number, userId = 'u1'): Login => buildLogin({ at, userId });
const use = (at: number, feature = 'reports'): FeatureUse => buildFeatureUse({ at, feature });
const activity = (logins: Login[], featureUses: FeatureUse[] = []): Onboarding['activity'] => ({
  ...buildOnboarding().activity,
  logins,
  featureUses,
});

const notDone: StepAssessment = { id: 's1', done: false, doneAt: null, by: null };
const byData = (at: number): StepAssessment => ({ id: 's1', done: true, doneAt: at, by: 'data' });
const byPerson = (at: number | null): StepAssessment => ({ id: 's1', done: true, doneAt: at, by: 'person' });
const notDoneByPerson: StepAssessment = { id: 's1', done: false, doneAt: null, by: 'person' };

/** The one first-week step's verdict at `now`. */
function stepVerdict(
  step: Partial<FirstWeekStep>,
  overrides: Partial<Onboarding> = {},
  now: number = NOW,
): StepAssessment | undefined {
  const onboarding = buildOnboarding({ firstWeekSteps: [buildFirstWeekStep(step)], ...overrides });
  return evaluateOnboarding(onboarding, now).firstWeekSteps[0];
}

describe('first_login rule', () => {
  const rule: CompletionRule = { rule: 'first_login' };

  it.each([
    { logins: [], verdict: notDone, why: 'not done without a login' },
    { logins: [login(atDay(3))], verdict: byData(atDay(3)), why: 'done at the login' },
    {
      logins: [login(atDay(9), 'u2'), login(atDay(3)), login(atDay(5))],
      verdict: byData(atDay(3)),
      why: 'done at the earliest login, in any order, by any user',
    },
    { logins: [login(START)], verdict: byData(START), why: 'a login at 00:00 UTC of day 0 counts' },
    { logins: [login(START - 1)], verdict: notDone, why: 'a login before the start date does not count' },
    { logins: [login(NOW)], verdict: byData(NOW), why: 'a login at now counts' },
    { logins: [login(NOW + 1)], verdict: notDone, why: 'a login after now is not known yet' },
  ])('$why', ({ logins, verdict }) => {
    expect(stepVerdict({ completesWhen: rule }, { activity: activity(logins) })).toEqual(verdict);
  });

  it('is done, when replaying, only from the instant of the login', () => {
    const overrides = { activity: activity([login(atDay(3))]) };
    expect(stepVerdict({ completesWhen: rule }, overrides, atDay(3) - 1)).toEqual(notDone);
    expect(stepVerdict({ completesWhen: rule }, overrides, atDay(3))).toEqual(byData(atDay(3)));
  });
});

describe('key_feature_used rule', () => {
  const named: CompletionRule = { rule: 'key_feature_used', feature: 'imports' };
  const anyKey: CompletionRule = { rule: 'key_feature_used', feature: null };

  it.each([
    { rule: named, uses: [use(atDay(4), 'imports')], verdict: byData(atDay(4)), why: 'the named feature used' },
    {
      rule: named,
      uses: [use(atDay(8), 'imports'), use(atDay(6), 'imports'), use(atDay(2), 'reports')],
      verdict: byData(atDay(6)),
      why: 'the first use of the named feature, other features aside',
    },
    { rule: named, uses: [use(atDay(2), 'reports')], verdict: notDone, why: 'only another feature used' },
    { rule: anyKey, uses: [use(atDay(2), 'reports')], verdict: byData(atDay(2)), why: 'any key feature' },
    { rule: anyKey, uses: [use(atDay(2), 'settings')], verdict: notDone, why: 'a feature outside the key features' },
    { rule: named, uses: [use(START - 1, 'imports')], verdict: notDone, why: 'a use before the start date' },
    { rule: named, uses: [use(START, 'imports')], verdict: byData(START), why: 'a use at 00:00 UTC of day 0' },
    { rule: named, uses: [use(NOW + 1, 'imports')], verdict: notDone, why: 'a use after now' },
    { rule: anyKey, uses: [use(NOW, 'reports')], verdict: byData(NOW), why: 'a use at now' },
  ])('$why', ({ rule, uses, verdict }) => {
    expect(stepVerdict({ completesWhen: rule }, { activity: activity([], uses) })).toEqual(verdict);
  });

  it('counts any feature when the plan names no key feature', () => {
    const overrides = { keyFeatures: [], activity: activity([], [use(atDay(2), 'settings')]) };
    expect(stepVerdict({ completesWhen: anyKey }, overrides)).toEqual(byData(atDay(2)));
  });
});

describe('active_users rule', () => {
  const atLeast = (n: number): CompletionRule => ({ rule: 'active_users', atLeast: n });
  const t = atDay(2);

  it.each([
    {
      n: 2,
      logins: [login(atDay(1), 'u1'), login(atDay(3), 'u2')],
      verdict: byData(atDay(3)),
      why: 'done when the second distinct user logs in',
    },
    { n: 2, logins: [login(atDay(1)), login(atDay(2)), login(atDay(3))], verdict: notDone, why: 'one user, often' },
    {
      n: 2,
      logins: [login(t, 'u1'), login(t + 7 * DAY_MS, 'u2')],
      verdict: notDone,
      why: 'a login exactly 7 days before another is outside its window',
    },
    {
      n: 2,
      logins: [login(t, 'u1'), login(t + 7 * DAY_MS - 1, 'u2')],
      verdict: byData(t + 7 * DAY_MS - 1),
      why: 'a login 1 ms less than 7 days before another is inside its window',
    },
    {
      n: 2,
      logins: [login(atDay(1), 'u1'), login(atDay(10), 'u2'), login(atDay(12), 'u1')],
      verdict: byData(atDay(12)),
      why: 'the window rolls: done when a user returns within 7 days of another',
    },
    {
      n: 2,
      logins: [login(atDay(12), 'u1'), login(atDay(1), 'u1'), login(atDay(10), 'u2')],
      verdict: byData(atDay(12)),
      why: 'logins in any order',
    },
    {
      n: 3,
      logins: [login(atDay(1), 'u1'), login(atDay(2), 'u2'), login(atDay(4), 'u3'), login(atDay(5), 'u4')],
      verdict: byData(atDay(4)),
      why: 'done at the N-th distinct user',
    },
    {
      n: 2,
      logins: [login(atDay(3), 'u1'), login(atDay(3), 'u2')],
      verdict: byData(atDay(3)),
      why: 'two users at the same instant',
    },
    { n: 1, logins: [login(atDay(6), 'u1')], verdict: byData(atDay(6)), why: 'one user: the first login' },
    {
      n: 2,
      logins: [login(START - 1, 'u1'), login(atDay(1), 'u2')],
      verdict: notDone,
      why: 'a login before the start date does not count',
    },
    {
      n: 2,
      logins: [login(atDay(1), 'u1'), login(NOW + 1, 'u2')],
      verdict: notDone,
      why: 'a login after now is not known yet',
    },
    {
      n: 2,
      logins: [login(atDay(19), 'u1'), login(NOW, 'u2')],
      verdict: byData(NOW),
      why: 'a login at now counts',
    },
  ])('$why', ({ n, logins, verdict }) => {
    expect(stepVerdict({ completesWhen: atLeast(n) }, { activity: activity(logins) })).toEqual(verdict);
  });
});

describe('milestone_done rule', () => {
  const waitsOn = (milestoneKind: Milestone['kind']): CompletionRule => ({ rule: 'milestone_done', milestoneKind });
  const kickoff = (overrides: Partial<Milestone> = {}) =>
    buildMilestone({ id: 'k', kind: 'kickoff', dueDate: dateOfDay(2), ...overrides });

  it.each([
    {
      milestones: [kickoff({ completedAt: atDay(2) })],
      verdict: byData(atDay(2)),
      why: 'done when a person completed that milestone, at its date',
    },
    { milestones: [kickoff()], verdict: notDone, why: 'not done while that milestone is not' },
    { milestones: [], verdict: notDone, why: 'not done when the plan has no milestone of that kind' },
    {
      milestones: [kickoff({ skipped: true })],
      verdict: notDone,
      why: 'a skipped milestone is not done',
    },
    {
      milestones: [kickoff({ completedAt: atDay(2), manual: 'not_done' })],
      verdict: notDone,
      why: 'a milestone a person marked not done',
    },
    {
      milestones: [kickoff({ id: 'k1', completedAt: atDay(9) }), kickoff({ id: 'k2', completedAt: atDay(4) })],
      verdict: byData(atDay(4)),
      why: 'the earliest of several milestones of that kind',
    },
  ])('$why', ({ milestones, verdict }) => {
    expect(stepVerdict({ completesWhen: waitsOn('kickoff') }, { milestones })).toEqual(verdict);
  });

  it('follows a milestone completed by its own rule (a first-login milestone at the first login)', () => {
    const overrides = {
      milestones: [buildMilestone({ kind: 'first_login', dueDate: dateOfDay(3) })],
      activity: activity([login(atDay(5))]),
    };
    expect(stepVerdict({ completesWhen: waitsOn('first_login') }, overrides)).toEqual(byData(atDay(5)));
  });

  it('follows a chain of milestones in any plan order', () => {
    const milestones = [
      buildMilestone({ id: 'c', kind: 'custom', completesWhen: waitsOn('checkpoint_d7') }),
      buildMilestone({ id: 'd7', kind: 'checkpoint_d7', completesWhen: waitsOn('kickoff') }),
      kickoff({ completedAt: atDay(1) }),
    ];
    const assessment = evaluateOnboarding(
      buildOnboarding({ milestones, firstWeekSteps: [buildFirstWeekStep({ completesWhen: waitsOn('custom') })] }),
      NOW,
    );
    expect(assessment.milestones).toEqual([
      { id: 'c', status: 'done', completedAt: atDay(1), by: 'data' },
      { id: 'd7', status: 'done', completedAt: atDay(1), by: 'data' },
      { id: 'k', status: 'done', completedAt: atDay(1), by: 'person' },
    ]);
    expect(assessment.firstWeekSteps).toEqual([byData(atDay(1))]);
  });

  it('never completes a cycle of milestones waiting on each other by itself; a person grounds it', () => {
    const cycle = (aCompletedAt: number | null) => [
      buildMilestone({ id: 'a', kind: 'custom', completesWhen: waitsOn('checkpoint_d7'), completedAt: aCompletedAt }),
      buildMilestone({ id: 'b', kind: 'checkpoint_d7', completesWhen: waitsOn('custom') }),
    ];
    const statuses = (aCompletedAt: number | null) =>
      evaluateOnboarding(buildOnboarding({ milestones: cycle(aCompletedAt) }), NOW).milestones;
    expect(statuses(null)).toEqual([
      { id: 'a', status: 'late', completedAt: null, by: null },
      { id: 'b', status: 'late', completedAt: null, by: null },
    ]);
    expect(statuses(atDay(4))).toEqual([
      { id: 'a', status: 'done', completedAt: atDay(4), by: 'person' },
      { id: 'b', status: 'done', completedAt: atDay(4), by: 'data' },
    ]);
  });

  it('does not complete a milestone waiting on its own kind by itself', () => {
    const milestones = [buildMilestone({ id: 'a', kind: 'custom', completesWhen: waitsOn('custom') })];
    expect(evaluateOnboarding(buildOnboarding({ milestones }), NOW).milestones[0]?.status).toBe('late');
  });
});

describe("a person's word wins over the rule", () => {
  const rule: CompletionRule = { rule: 'first_login' };
  const loggedInDay5 = { activity: activity([login(atDay(5))]) };

  it.each([
    {
      step: { completesWhen: rule, manual: 'not_done' as const },
      verdict: notDoneByPerson,
      why: '"not done" over a rule that holds',
    },
    {
      step: { completesWhen: rule, manual: 'not_done' as const, doneAt: atDay(3) },
      verdict: notDoneByPerson,
      why: '"not done" over an earlier tick',
    },
    {
      step: { completesWhen: rule, manual: 'done' as const, doneAt: atDay(2) },
      verdict: byPerson(atDay(2)),
      why: 'a "done on" date earlier than the rule',
    },
    {
      step: { completesWhen: rule, manual: 'done' as const, doneAt: atDay(9) },
      verdict: byPerson(atDay(9)),
      why: 'a "done on" date later than the rule',
    },
    {
      step: { completesWhen: rule, doneAt: atDay(2) },
      verdict: byPerson(atDay(2)),
      why: 'a tick without a mark is a person’s done',
    },
    {
      step: { completesWhen: null, doneAt: atDay(2) },
      verdict: byPerson(atDay(2)),
      why: 'a tick on a step without a rule',
    },
    {
      step: { completesWhen: rule, manual: 'done' as const, doneAt: null },
      verdict: byPerson(null),
      why: '"done" without a date: done, on a date nobody knows',
    },
    {
      step: { completesWhen: rule, doneAt: NOW + DAY_MS },
      verdict: byData(atDay(5)),
      why: 'a "done on" date after now is not known yet: the rule decides until then',
    },
    {
      step: { completesWhen: null, doneAt: NOW + DAY_MS },
      verdict: notDone,
      why: 'a "done on" date after now on a step without a rule',
    },
  ])('$why', ({ step, verdict }) => {
    expect(stepVerdict(step, loggedInDay5)).toEqual(verdict);
  });
});

describe('milestone status', () => {
  const verdictOf = (milestone: Partial<Milestone>, overrides: Partial<Onboarding> = {}, now = NOW) =>
    evaluateOnboarding(buildOnboarding({ milestones: [buildMilestone(milestone)], ...overrides }), now).milestones[0];
  const loggedIn = (day: number) => ({ activity: activity([login(atDay(day))], [use(atDay(day + 1))]) });

  it.each([
    {
      milestone: { kind: 'first_login' as const },
      overrides: loggedIn(3),
      verdict: { status: 'done', completedAt: atDay(3), by: 'data' },
      why: 'a first-login milestone is done at the first login (its implied rule)',
    },
    {
      milestone: { kind: 'first_value' as const },
      overrides: loggedIn(3),
      verdict: { status: 'done', completedAt: atDay(4), by: 'data' },
      why: 'a first-value milestone is done at the first key-feature use (its implied rule)',
    },
    {
      milestone: { kind: 'first_login' as const, completesWhen: { rule: 'active_users', atLeast: 2 } as const },
      overrides: loggedIn(3),
      verdict: { status: 'late', completedAt: null, by: null },
      why: 'a rule of its own replaces the implied one',
    },
    {
      milestone: { kind: 'checkpoint_d7' as const },
      overrides: loggedIn(3),
      verdict: { status: 'late', completedAt: null, by: null },
      why: 'a checkpoint has no implied rule: only a person completes it',
    },
    {
      milestone: { kind: 'checkpoint_d7' as const, completesWhen: { rule: 'first_login' } as const },
      overrides: loggedIn(3),
      verdict: { status: 'done', completedAt: atDay(3), by: 'data' },
      why: 'any kind completes by a rule it carries',
    },
    {
      milestone: { kind: 'first_login' as const, manual: 'not_done' as const },
      overrides: loggedIn(3),
      verdict: { status: 'late', completedAt: null, by: 'person' },
      why: 'a person’s "not done" over the implied rule',
    },
    {
      milestone: { completedAt: atDay(6) },
      overrides: {},
      verdict: { status: 'done', completedAt: atDay(6), by: 'person' },
      why: 'done by a person',
    },
    {
      milestone: { skipped: true },
      overrides: {},
      verdict: { status: 'skipped', completedAt: null, by: null },
      why: 'skipped',
    },
    {
      milestone: { kind: 'first_login' as const, skipped: true },
      overrides: loggedIn(3),
      verdict: { status: 'skipped', completedAt: null, by: null },
      why: 'a skipped milestone stays skipped though its rule holds: the skip took it out of the plan',
    },
    {
      milestone: { kind: 'first_login' as const, skipped: true, completedAt: atDay(5) },
      overrides: loggedIn(3),
      verdict: { status: 'done', completedAt: atDay(5), by: 'person' },
      why: 'a person may still complete a skipped milestone',
    },
    {
      milestone: { dueDate: dateOfDay(20) },
      overrides: {},
      verdict: { status: 'pending', completedAt: null, by: null },
      why: 'pending on its due day',
    },
    {
      milestone: { dueDate: dateOfDay(19) },
      overrides: {},
      verdict: { status: 'late', completedAt: null, by: null },
      why: 'late the day after its due date',
    },
  ])('$why', ({ milestone, overrides, verdict }) => {
    expect(verdictOf({ id: 'm', ...milestone }, overrides)).toEqual({ id: 'm', ...verdict });
  });
});

describe('the effective completion is read wherever a milestone is', () => {
  const firstLogin = buildMilestone({ id: 'fl', name: 'First login', kind: 'first_login', dueDate: dateOfDay(5) });
  const assess = (milestones: Milestone[], logins: Login[], day = 10) =>
    evaluateOnboarding(buildOnboarding({ milestones, activity: activity(logins) }), atDay(day));
  const overdue = (milestones: Milestone[], logins: Login[]) =>
    assess(milestones, logins).signals.find((s) => s.type === 'milestone_overdue');

  it('raises no milestone_overdue for a first-login milestone the data completed, on time or late', () => {
    expect(overdue([firstLogin], [])?.severity).toBe('warning');
    expect(overdue([firstLogin], [login(atDay(4))])).toBeUndefined();
    expect(overdue([firstLogin], [login(atDay(8))])).toBeUndefined();
  });

  it('raises milestone_overdue when a person marked the milestone not done over its rule', () => {
    expect(overdue([{ ...firstLogin, manual: 'not_done' }], [login(atDay(4))])?.severity).toBe('warning');
  });

  it('never raises milestone_overdue for a skipped milestone', () => {
    expect(overdue([{ ...firstLogin, skipped: true }], [])).toBeUndefined();
  });

  it.each([
    { logins: [login(atDay(5))], milestones: 100, why: 'done by data on its due day: on time' },
    { logins: [login(atDay(6))], milestones: 50, why: 'done by data the day after its due date: late' },
    { logins: [], milestones: 0, why: 'not done and past due' },
  ])('scores the milestones component from the instant the data completed it: $why', ({ logins, milestones }) => {
    expect(assess([firstLogin], logins).components.milestones).toBe(milestones);
  });

  it('scores on time a person’s "done on" date earlier than the rule, and a done without a date', () => {
    const ticked = { ...firstLogin, manual: 'done' as const, completedAt: atDay(4) };
    expect(assess([ticked], [login(atDay(8))]).components.milestones).toBe(100);
    const undated = { ...firstLogin, manual: 'done' as const, completedAt: null };
    expect(assess([undated], []).components.milestones).toBe(100);
  });

  it('moves the next checkpoint date past a checkpoint its rule completed', () => {
    const milestones = [
      buildMilestone({ id: 'd7', kind: 'checkpoint_d7', completesWhen: { rule: 'first_login' } }),
      buildMilestone({ id: 'd30', kind: 'checkpoint_d30', dueDate: dateOfDay(30) }),
    ];
    expect(assess(milestones, []).nextCheckpointDate).toBe(dateOfDay(7));
    expect(assess(milestones, [login(atDay(3))]).nextCheckpointDate).toBe(dateOfDay(30));
  });

  it('still counts every first-week step for complex_first_week, done or not', () => {
    const steps = Array.from({ length: 6 }, (_, i) =>
      buildFirstWeekStep({ id: `s${i}`, completesWhen: { rule: 'first_login' } }),
    );
    const onboarding = buildOnboarding({ firstWeekSteps: steps, activity: activity([login(atDay(1))]) });
    const assessment = evaluateOnboarding(onboarding, atDay(2));
    expect(assessment.firstWeekSteps.every((s) => s.done)).toBe(true);
    expect(assessment.signals.some((s) => s.type === 'complex_first_week')).toBe(true);
  });
});
