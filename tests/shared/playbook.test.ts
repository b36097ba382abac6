import { describe, expect, it } from 'vitest';
import { milestoneKinds } from '@liftoff/shared/domain/index';
import { decideTemplate } from '@liftoff/shared/playbook/decide-template';
import {
  defaultTemplates,
  enterpriseTemplate,
  smbTemplate,
  standardTemplate,
} from '@liftoff/shared/playbook/default-templates';
import { evaluateOnboarding, isMeasurable } from '@liftoff/shared/engine/index';
import { instantiatePlan } from '@liftoff/shared/playbook/instantiate-plan';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import { toCriterionSuggestion } from '@liftoff/shared/playbook/to-criterion-suggestion';
import type { Criterion } from '@liftoff/shared/domain/index';
import { atDay, buildCriterion, buildFeatureUse, buildLogin, buildOnboarding } from '../support/build-onboarding.ts';

const dayMs = 86_400_000;
const startDate = Date.UTC(2026, 1, 1);

describe('default templates', () => {
  it.each(defaultTemplates.map((t) => [t.id, t] as const))('%s follows the method', (_id, template) => {
    const dueDayOf = (kind: string) => template.milestones.find((m) => m.kind === kind)?.dueDay;
    expect(template.milestones.map((m) => m.kind)).toEqual(milestoneKinds.filter((k) => k !== 'custom'));
    expect(dueDayOf('kickoff')).toBeGreaterThanOrEqual(0);
    expect(dueDayOf('kickoff')).toBeLessThanOrEqual(2);
    expect([dueDayOf('checkpoint_d7'), dueDayOf('checkpoint_d30'), dueDayOf('checkpoint_d60')]).toEqual([7, 30, 60]);
    expect(dueDayOf('review_d90')).toBe(90);
    expect(template.milestones.every((m) => m.checklist.length > 0)).toBe(true);
    expect(template.firstWeekSteps.length).toBeGreaterThanOrEqual(3);
    expect(template.firstWeekSteps.length).toBeLessThanOrEqual(5);
    expect(template.keyFeatures.length).toBeGreaterThan(0);
    expect(template.defaultCriteria.length).toBeGreaterThanOrEqual(3);
    expect(template.defaultCriteria.length).toBeLessThanOrEqual(5);
  });

  it('has unique ids and exactly one catch-all', () => {
    expect(new Set(defaultTemplates.map((t) => t.id)).size).toBe(defaultTemplates.length);
    const catchAlls = defaultTemplates.filter((t) => t.match.pipelineIds.length === 0 && t.match.segments.length === 0);
    expect(catchAlls).toEqual([standardTemplate]);
  });
});

describe('decideTemplate', () => {
  const byPipeline: PlaybookTemplate = { ...smbTemplate, id: 'partner', match: { pipelineIds: ['777'], segments: [] } };
  const templates = [byPipeline, ...defaultTemplates];

  it.each([
    ['the template naming the pipeline', { pipelineId: '777', segment: 'enterprise' }, 'partner'],
    ['the template naming the segment', { pipelineId: 'default', segment: 'enterprise' }, 'enterprise'],
    ['a segment whatever its case', { pipelineId: null, segment: ' SMB ' }, 'smb'],
    ['the catch-all for an unknown segment', { pipelineId: 'default', segment: 'public-sector' }, 'standard'],
    ['the catch-all with nothing known', { pipelineId: null, segment: null }, 'standard'],
    ['the catch-all for an empty segment', { pipelineId: null, segment: '' }, 'standard'],
  ])('chooses %s', (_rule, query, expectedId) => {
    expect(decideTemplate(query, templates)?.id).toBe(expectedId);
  });

  it('uses the default templates when given none', () => {
    expect(decideTemplate({ pipelineId: null, segment: 'enterprise' })).toBe(enterpriseTemplate);
  });

  it('falls back to the first template when none is a catch-all, and to null for no template', () => {
    expect(decideTemplate({ pipelineId: null, segment: null }, [byPipeline, smbTemplate])).toBe(byPipeline);
    expect(decideTemplate({ pipelineId: null, segment: null }, [])).toBeNull();
  });
});

describe('instantiatePlan', () => {
  const plan = instantiatePlan(standardTemplate, startDate, 'ob-101');

  it('dates every milestone from day 0, pending with an unticked checklist', () => {
    expect(plan.milestones.map((m) => [m.kind, (m.dueDate - startDate) / dayMs])).toEqual(
      standardTemplate.milestones.map((m) => [m.kind, m.dueDay]),
    );
    expect(plan.milestones[0]).toEqual({
      id: 'ob-101-m1',
      name: 'Kickoff',
      kind: 'kickoff',
      dueDate: startDate + 2 * dayMs,
      completedAt: null,
      skipped: false,
      skipReason: null,
      owner: null,
      completesWhen: null,
      manual: null,
      checklist: standardTemplate.milestones[0]?.checklist.map((label) => ({ label, done: false })),
      notes: null,
    });
  });

  it('lists the first-week steps as not done, each with its template rule and no mark', () => {
    expect(plan.firstWeekSteps).toEqual(
      standardTemplate.firstWeekSteps.map(({ name, completesWhen }, i) => ({
        id: `ob-101-s${i + 1}`,
        name,
        doneAt: null,
        completesWhen,
        manual: null,
      })),
    );
  });

  it('leaves the first-login and first-value milestones to their implied rules (no rule of their own)', () => {
    expect(plan.milestones.filter((m) => m.completesWhen !== null)).toEqual([]);
  });

  it('lets the data complete the standard plan: its first-week steps and its first-login and first-value milestones', () => {
    const start = Date.UTC(2026, 1, 2);
    const { milestones, firstWeekSteps, keyFeatures } = instantiatePlan(standardTemplate, start, 'ob-101');
    const at = (day: number) => start + day * dayMs + dayMs / 2;
    const onboarding = buildOnboarding({
      startDate: start,
      milestones,
      firstWeekSteps,
      keyFeatures,
      activity: {
        ...buildOnboarding().activity,
        logins: [buildLogin({ at: at(1), userId: 'u1' }), buildLogin({ at: at(3), userId: 'u2' })],
        featureUses: ['imports', 'reports', 'automations'].map((feature, i) =>
          buildFeatureUse({ at: at(2 + i), feature }),
        ),
      },
    });
    const assessment = evaluateOnboarding(onboarding, at(10));
    expect(assessment.firstWeekSteps.map((s) => [s.doneAt, s.by])).toEqual([
      [at(3), 'data'],
      [at(2), 'data'],
      [at(3), 'data'],
      [at(4), 'data'],
    ]);
    const byKind = (kind: string) => assessment.milestones[milestones.findIndex((m) => m.kind === kind)];
    expect(byKind('first_login')).toMatchObject({ status: 'done', completedAt: at(1), by: 'data' });
    expect(byKind('first_value')).toMatchObject({ status: 'done', completedAt: at(2), by: 'data' });
    expect(assessment.activation).toEqual({ activated: true, day: 4 });
  });

  it('proposes the default criteria without target or due date, not started, starting at their baseline', () => {
    expect(plan.criteria[0]).toEqual({
      id: 'ob-101-c1',
      name: '5 weekly active users',
      metric: 'weekly_active_users',
      unit: 'users',
      direction: 'increase',
      baseline: 0,
      target: null,
      current: 0,
      agreedAt: null,
      dueDate: null,
      status: 'not_started',
      achievedAt: null,
      source: 'csm',
      ownerContactId: null,
      handedOffTarget: null,
      baselineDate: null,
      baselineEvidence: null,
      currentAt: null,
      promiseKept: null,
    });
    expect(plan.criteria.some(isMeasurable)).toBe(false);
  });

  it('is deterministic and does not share arrays with the template', () => {
    expect(instantiatePlan(standardTemplate, startDate, 'ob-101')).toEqual(plan);
    plan.keyFeatures.push('extra');
    expect(standardTemplate.keyFeatures).not.toContain('extra');
    expect(plan.templateId).toBe('standard');
  });
});

describe('default criteria are proposals the CSM agrees with the customer (docs/PRODUCT.md §2, §4 no_criteria)', () => {
  const start = Date.UTC(2026, 1, 2);
  const startFrom = (template: PlaybookTemplate, agree: (criteria: Criterion[]) => Criterion[] = (c) => c) => {
    const plan = instantiatePlan(template, start, 'ob-101');
    return buildOnboarding({ startDate: start, criteria: agree(plan.criteria) });
  };
  const raisesNoCriteria = (template: PlaybookTemplate, day: number, agree?: (criteria: Criterion[]) => Criterion[]) =>
    evaluateOnboarding(startFrom(template, agree), atDay(day, start)).signals.some((s) => s.type === 'no_criteria');
  /** The CSM accepts the template's suggestion for the first `count` criteria. */
  const agreeFirst =
    (template: PlaybookTemplate, count: number) =>
    (criteria: Criterion[]): Criterion[] =>
      criteria.map((criterion, i) => {
        const suggestion = i < count ? toCriterionSuggestion(criterion, start, template.id) : null;
        return suggestion === null ? criterion : { ...criterion, ...suggestion };
      });
  const templates = defaultTemplates.map((t) => [t.id, t] as const);

  it.each(templates)('%s: no_criteria is quiet at day 6 and raised at day 7', (_id, template) => {
    expect(raisesNoCriteria(template, 6)).toBe(false);
    expect(raisesNoCriteria(template, 7)).toBe(true);
  });

  it.each(templates)('%s: agreeing 3 criteria resolves no_criteria, 2 do not', (_id, template) => {
    expect(raisesNoCriteria(template, 7, agreeFirst(template, 2))).toBe(true);
    expect(raisesNoCriteria(template, 7, agreeFirst(template, 3))).toBe(false);
  });

  it.each(templates)('%s: suggests each default criterion’s target, baseline and due date', (_id, template) => {
    const plan = instantiatePlan(template, start, 'ob-101');
    expect(plan.criteria.map((c) => toCriterionSuggestion(c, start, template.id))).toEqual(
      template.defaultCriteria.map((c) => ({
        target: c.target,
        baseline: c.baseline,
        dueDate: start + c.dueDay * dayMs,
      })),
    );
  });

  it.each([
    ['an agreed criterion', buildCriterion({ metric: 'weekly_active_users' }), 'standard'],
    ['a metric the template does not propose', buildCriterion({ metric: 'nps', target: null }), 'standard'],
    ['a criterion without metric', buildCriterion({ metric: null, target: null }), 'standard'],
    ['an unknown template', buildCriterion({ metric: 'weekly_active_users', target: null }), 'gone'],
    ['no template', buildCriterion({ metric: 'weekly_active_users', target: null }), null],
  ])('suggests nothing for %s', (_case, criterion, templateId) => {
    expect(toCriterionSuggestion(criterion, start, templateId)).toBeNull();
  });

  it('keeps a baseline already captured on the proposal', () => {
    const criterion = buildCriterion({ metric: 'weekly_active_users', baseline: 2, target: null, dueDate: null });
    expect(toCriterionSuggestion(criterion, start, 'standard')).toEqual({
      target: 5,
      baseline: 2,
      dueDate: start + 30 * dayMs,
    });
  });
});
