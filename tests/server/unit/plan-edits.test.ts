import { describe, expect, it } from 'vitest';
import { decideActionAllowed } from '../../../server/src/onboarding/csm-actions/decide-action-allowed.ts';
import { checkCriterionTerms } from '../../../server/src/onboarding/plan-edits/check-criterion-terms.ts';
import { checkPlanDate, PLAN_HORIZON_DAYS } from '../../../server/src/onboarding/plan-edits/check-plan-date.ts';
import { decideBaselineRecord } from '../../../server/src/onboarding/plan-edits/decide-baseline-record.ts';
import { editCriteria } from '../../../server/src/onboarding/plan-edits/edit-criteria.ts';
import { editMilestones } from '../../../server/src/onboarding/plan-edits/edit-milestones.ts';
import { markFirstWeekStep } from '../../../server/src/onboarding/plan-edits/mark-first-week-step.ts';
import { removeFirstWeekStep } from '../../../server/src/onboarding/plan-edits/remove-first-week-step.ts';
import { toFreeId } from '../../../server/src/onboarding/plan-edits/to-free-id.ts';
import { toPersonInstant } from '../../../server/src/onboarding/plan-edits/to-person-instant.ts';
import { toSignalHistoryText } from '../../../server/src/onboarding/sync/to-signal-history-text.ts';
import { toRuleLabel } from '../../../server/src/onboarding/views/to-rule-label.ts';
import {
  atDay,
  buildCriterion,
  buildFirstWeekStep,
  buildMilestone,
  buildOnboarding,
  dateOfDay,
} from '../../support/build-onboarding.ts';

const now = atDay(10) + 3_600_000;

describe('toPersonInstant: the instant a person’s "done on" stands for', () => {
  it.each([
    ['no date: now', undefined, { ok: true, value: now }],
    ['today: now, not midnight', dateOfDay(10), { ok: true, value: now }],
    ['an earlier day: its 00:00 UTC', dateOfDay(4), { ok: true, value: dateOfDay(4) }],
    ['day 0 itself', dateOfDay(0), { ok: true, value: dateOfDay(0) }],
  ])('%s', (_label, date, expected) => {
    expect(toPersonInstant('doneOn', date, dateOfDay(0), now)).toEqual(expected);
  });

  it.each([
    ['before day 0', dateOfDay(-1)],
    ['after today', dateOfDay(11)],
  ])('refuses a date %s, naming the field', (_label, date) => {
    expect(toPersonInstant('doneOn', date, dateOfDay(0), now)).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', issues: [{ path: 'doneOn' }] },
    });
  });
});

describe('markFirstWeekStep', () => {
  const step = buildFirstWeekStep({ id: 's1', completesWhen: { rule: 'first_login' } });
  const onboarding = (overrides = {}) => buildOnboarding({ firstWeekSteps: [{ ...step, ...overrides }] });
  const mark = (plan: ReturnType<typeof onboarding>, edit: Parameters<typeof markFirstWeekStep>[1]) => {
    const result = markFirstWeekStep(plan, edit, now);
    return result.ok ? result.value.firstWeekSteps?.[0] : result.error.code;
  };

  it.each([
    ['done today', {}, { mark: 'done', doneOn: undefined }, { manual: 'done', doneAt: now }],
    ['done on an earlier day', {}, { mark: 'done', doneOn: dateOfDay(3) }, { manual: 'done', doneAt: dateOfDay(3) }],
    [
      'ticked again: keeps its first date',
      { manual: 'done', doneAt: atDay(2) },
      { mark: 'done' },
      { doneAt: atDay(2) },
    ],
    [
      'not done although the rule holds',
      { doneAt: atDay(2) },
      { mark: 'not_done' },
      { manual: 'not_done', doneAt: null },
    ],
    [
      'unticked: back to its rule',
      { manual: 'done', doneAt: atDay(2) },
      { mark: null },
      { manual: null, doneAt: null },
    ],
  ] as const)('%s', (_label, before, edit, after) => {
    expect(mark(onboarding(before), { stepId: 's1', doneOn: undefined, ...edit })).toMatchObject(after);
  });

  it('refuses a date with any mark but done, and an unknown step', () => {
    expect(mark(onboarding(), { stepId: 's1', mark: 'not_done', doneOn: dateOfDay(3) })).toBe('invalid_request');
    expect(mark(onboarding(), { stepId: 'nope', mark: 'done', doneOn: undefined })).toBe('not_found');
  });
});

describe('removeFirstWeekStep', () => {
  const plan = buildOnboarding({
    firstWeekSteps: [buildFirstWeekStep({ id: 's1' }), buildFirstWeekStep({ id: 's2' })],
  });
  const remove = (stepId: string, done: string[] = []) => {
    const result = removeFirstWeekStep(plan, stepId, (id) => done.includes(id));
    return result.ok ? result.value.firstWeekSteps?.map((step) => step.id) : result.error.code;
  };

  it('removes a step not done, keeps a done one, and knows no other', () => {
    expect(remove('s1')).toEqual(['s2']);
    expect(remove('s1', ['s1'])).toBe('conflict');
    expect(remove('s9')).toBe('not_found');
  });
});

describe('editMilestones', () => {
  const plan = buildOnboarding({
    companyId: '42',
    milestones: [
      buildMilestone({ id: '42-m1', dueDate: dateOfDay(2) }),
      buildMilestone({ id: '42-m3', dueDate: dateOfDay(30), notes: 'Keep me' }),
    ],
  });
  const done = new Set(['42-m1']);
  const edit = (change: Parameters<typeof editMilestones>[1]) => {
    const result = editMilestones(plan, change, (id) => done.has(id));
    return result.ok ? result.value.milestones : result.error.code;
  };

  it.each([
    ['reopening one not done', { kind: 'reopen_milestone', milestoneId: '42-m3' }, 'conflict'],
    ['skipping one done', { kind: 'skip_milestone', milestoneId: '42-m1', reason: 'x' }, 'conflict'],
    ['an unknown milestone', { kind: 'set_milestone_owner', milestoneId: '42-m9', owner: null }, 'not_found'],
    [
      'a milestone due before day 0',
      { kind: 'add_milestone', name: 'x', dueDate: dateOfDay(-1), owner: null },
      'invalid_request',
    ],
  ] as const)('refuses %s', (_label, change, code) => {
    expect(edit(change)).toBe(code);
  });

  it('reopens a done milestone as the person’s "not done", keeping its notes', () => {
    const reopened = edit({ kind: 'reopen_milestone', milestoneId: '42-m1' });
    expect(Array.isArray(reopened) && reopened[0]).toMatchObject({ completedAt: null, manual: 'not_done' });
  });

  it('adds a custom milestone with the first free id, before the first one due later', () => {
    const milestones = edit({ kind: 'add_milestone', name: 'Security review', dueDate: dateOfDay(9), owner: 'IT' });
    expect(Array.isArray(milestones) && milestones.map((m) => m.id)).toEqual(['42-m1', '42-m2', '42-m3']);
    expect(Array.isArray(milestones) && milestones[1]).toMatchObject({
      kind: 'custom',
      owner: 'IT',
      completesWhen: null,
    });
  });
});

describe('editCriteria', () => {
  const plan = buildOnboarding({
    companyId: '42',
    criteria: [buildCriterion({ id: '42-c1' }), buildCriterion({ id: '42-c2', status: 'retired' })],
  });
  const edit = (change: Parameters<typeof editCriteria>[1]) => {
    const result = editCriteria(plan, change, now);
    return result.ok ? result.value.criteria : result.error.code;
  };
  const added = (terms: { baseline: number | null; target: number; dueDate: number } | null) => {
    const criteria = edit({
      kind: 'add_criterion',
      name: 'Fewer tickets',
      metric: null,
      unit: null,
      direction: 'decrease',
      terms,
    });
    return Array.isArray(criteria) ? criteria.at(-1) : criteria;
  };

  it('adds a criterion agreed today when it has terms, a proposal when it has none', () => {
    expect(added({ baseline: 12, target: 4, dueDate: dateOfDay(60) })).toMatchObject({
      id: '42-c3',
      source: 'csm',
      agreedAt: dateOfDay(10),
      target: 4,
    });
    expect(added(null)).toMatchObject({ agreedAt: null, target: null, dueDate: null, status: 'not_started' });
  });

  it('edits only the fields given, and refuses a retired criterion', () => {
    const criteria = edit({
      kind: 'edit_criterion',
      criterionId: '42-c1',
      changes: { unit: 'seats', name: undefined },
    });
    expect(Array.isArray(criteria) && criteria[0]).toMatchObject({ unit: 'seats', name: buildCriterion().name });
    expect(edit({ kind: 'retire_criterion', criterionId: '42-c2' })).toBe('conflict');
  });
});

describe('toFreeId', () => {
  it.each([
    [[], '42-m1'],
    [['42-m1', '42-m2'], '42-m3'],
    [['42-m1', '42-m3'], '42-m2'],
    [['41-m1'], '42-m1'],
  ])('after %j gives %s', (taken, id) => {
    expect(toFreeId('42', 'm', new Set(taken))).toBe(id);
  });
});

describe('toRuleLabel', () => {
  it.each([
    [null, null],
    [{ rule: 'first_login' }, 'Completes at the first login'],
    [{ rule: 'key_feature_used', feature: null }, 'Completes at the first use of a key feature'],
    [{ rule: 'key_feature_used', feature: 'reports' }, 'Completes at the first use of reports'],
    [{ rule: 'active_users', atLeast: 2 }, 'Completes when 2 users log in within 7 days'],
    [{ rule: 'milestone_done', milestoneKind: 'first_value' }, 'Completes when the first value milestone is done'],
  ] as const)('%j reads %s', (rule, label) => {
    expect(toRuleLabel(rule)).toBe(label);
  });
});

describe('toSignalHistoryText', () => {
  it('is null with no history, and keeps the newest lines when the text outgrows the property', () => {
    expect(toSignalHistoryText([])).toBeNull();
    const long = 'n'.repeat(4_000);
    const history = Array.from({ length: 20 }, (_, i) => ({
      at: atDay(i),
      authorId: '77',
      action: 'acknowledged' as const,
      note: `${i} ${long}`,
    }));
    const text = toSignalHistoryText(history) ?? '';
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text.split('\n').at(-1)).toContain(`· 19 ${long.slice(0, 10)}`);
    expect(text).not.toContain(`· 0 ${long.slice(0, 10)}`);
  });
});

describe('decideBaselineRecord: where an agreed baseline comes from', () => {
  const today = dateOfDay(10);
  const recorded = { baseline: 4, baselineDate: dateOfDay(2), baselineEvidence: 'export.csv' };

  it.each([
    [
      'a new value, no date given: measured today',
      { baseline: 6 },
      { baselineDate: today, baselineEvidence: 'export.csv' },
    ],
    [
      'the same value again: keeps its date',
      { baseline: 4 },
      { baselineDate: dateOfDay(2), baselineEvidence: 'export.csv' },
    ],
    [
      'a date from an earlier export',
      { baseline: 6, baselineDate: dateOfDay(5) },
      { baselineDate: dateOfDay(5), baselineEvidence: 'export.csv' },
    ],
    [
      'new evidence',
      { baseline: 4, baselineEvidence: 'https://drive/x' },
      { baselineDate: dateOfDay(2), baselineEvidence: 'https://drive/x' },
    ],
    ['no baseline: no date nor evidence', { baseline: null }, { baselineDate: null, baselineEvidence: null }],
  ] as const)('%s', (_label, input, expected) => {
    const result = decideBaselineRecord(
      recorded,
      { baselineDate: undefined, baselineEvidence: undefined, ...input },
      today,
    );
    expect(result).toEqual({ ok: true, value: expected });
  });

  it('refuses a baseline measured after today, naming the field', () => {
    expect(
      decideBaselineRecord(recorded, { baseline: 6, baselineDate: dateOfDay(11), baselineEvidence: undefined }, today),
    ).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'baselineDate' }] } });
  });
});

describe('checkPlanDate: a due date lies within the plan', () => {
  it.each([
    ['day 0', dateOfDay(0), true],
    ['two years on', dateOfDay(PLAN_HORIZON_DAYS), true],
    ['before day 0', dateOfDay(-1), false],
    ['past the horizon (a typo such as 9999-12-31)', dateOfDay(PLAN_HORIZON_DAYS + 1), false],
  ])('%s', (_label, date, ok) => {
    expect(checkPlanDate('dueDate', date, dateOfDay(0)).ok).toBe(ok);
  });
});

describe('checkCriterionTerms: a target lies the way the criterion progresses', () => {
  it.each([
    ['an increase above its baseline', 'increase', 0, 5, true],
    ['an increase below its baseline', 'increase', 10, 5, false],
    ['a decrease below its baseline', 'decrease', 12, 4, true],
    ['a decrease above its baseline', 'decrease', 4, 12, false],
    ['no baseline yet', 'increase', null, 5, true],
  ] as const)('%s', (_label, direction, baseline, target, ok) => {
    expect(checkCriterionTerms({ direction, baseline, target }).ok).toBe(ok);
  });
});

describe('decideActionAllowed', () => {
  const open = buildOnboarding({
    criteria: [buildCriterion({ id: 'c1' }), buildCriterion({ id: 'c2', status: 'retired' })],
  });
  const churned = { ...open, status: 'churned' as const, closedAt: atDay(30) };

  it.each([
    ['a plan edit while in progress', open, { kind: 'reopen_milestone', milestoneId: 'm1' }, true],
    ['a plan edit once closed', churned, { kind: 'reopen_milestone', milestoneId: 'm1' }, false],
    [
      'a checkpoint note once closed',
      churned,
      { kind: 'log_checkpoint_note', milestoneId: null, note: 'Lessons' },
      true,
    ],
    ['a reopen once closed', churned, { kind: 'reopen_onboarding', note: null }, true],
    ['a value on a retired criterion', open, { kind: 'update_criterion_value', criterionId: 'c2', current: 3 }, false],
    ['a value on a live criterion', open, { kind: 'update_criterion_value', criterionId: 'c1', current: 3 }, true],
  ] as const)('%s', (_label, onboarding, action, ok) => {
    expect(decideActionAllowed(onboarding, action).ok).toBe(ok);
  });
});
