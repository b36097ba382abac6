import { describe, expect, it } from 'vitest';
import { milestoneKinds } from '@liftoff/shared/domain/index';
import { decideTemplate } from '@liftoff/shared/playbook/decide-template';
import {
  defaultTemplates,
  enterpriseTemplate,
  smbTemplate,
  standardTemplate,
} from '@liftoff/shared/playbook/default-templates';
import { instantiatePlan } from '@liftoff/shared/playbook/instantiate-plan';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';

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
      checklist: standardTemplate.milestones[0]?.checklist.map((label) => ({ label, done: false })),
      notes: null,
    });
  });

  it('lists the first-week steps as not done', () => {
    expect(plan.firstWeekSteps).toEqual(
      standardTemplate.firstWeekSteps.map((name, i) => ({ id: `ob-101-s${i + 1}`, name, doneAt: null })),
    );
  });

  it('proposes the default criteria as measurable, not started, starting at their baseline', () => {
    expect(plan.criteria[0]).toEqual({
      id: 'ob-101-c1',
      name: '5 weekly active users',
      metric: 'weekly_active_users',
      unit: 'users',
      baseline: 0,
      target: 5,
      current: 0,
      dueDate: startDate + 30 * dayMs,
      status: 'not_started',
      source: 'csm',
      ownerContactId: null,
    });
    expect(plan.criteria.every((c) => c.target !== null && c.dueDate !== null)).toBe(true);
  });

  it('is deterministic and does not share arrays with the template', () => {
    expect(instantiatePlan(standardTemplate, startDate, 'ob-101')).toEqual(plan);
    plan.keyFeatures.push('extra');
    expect(standardTemplate.keyFeatures).not.toContain('extra');
    expect(plan.templateId).toBe('standard');
  });
});
