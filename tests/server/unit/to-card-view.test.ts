import { describe, expect, it } from 'vitest';
import { evaluateOnboarding, defaultThresholds } from '@liftoff/shared/engine/index';
import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';
import type { Onboarding } from '@liftoff/shared/domain/index';
import { toCardView, toSummaryView } from '../../../server/src/onboarding/views/to-card-view.ts';
import type { StoredOnboarding } from '../../../server/src/onboarding/ports/index.ts';
import {
  atDay,
  buildCriterion,
  buildMilestone,
  buildOnboarding,
  dateOfDay,
  instant,
} from '../../support/build-onboarding.ts';

function buildStored(onboarding: Onboarding, notes: StoredOnboarding['checkpointNotes'] = []): StoredOnboarding {
  return {
    portalId: '1001',
    dealId: null,
    templateId: 'standard',
    createdAt: atDay(0),
    updatedAt: atDay(0),
    parked: null,
    onboarding,
    signalHandling: [],
    checkpointNotes: notes,
    milestoneReplans: [],
    ownerId: null,
    ownerName: null,
  };
}

function viewAt(day: number, onboarding: Onboarding, notes: StoredOnboarding['checkpointNotes'] = []) {
  return toCardView(
    buildStored(onboarding, notes),
    evaluateOnboarding(onboarding, atDay(day)),
    defaultThresholds,
    defaultTemplates,
  );
}

describe('toCardView', () => {
  it.each([
    ['halfway from baseline to target', { baseline: 0, current: 5, target: 10 }, 50],
    ['a decreasing target', { direction: 'decrease' as const, baseline: 40, current: 25, target: 10 }, 50],
    ['past the target, clamped', { baseline: 0, current: 15, target: 10 }, 100],
    ['below the baseline, clamped', { baseline: 5, current: 2, target: 10 }, 0],
    ['no baseline: an increase counts from 0', { baseline: null, current: 5, target: 10 }, 50],
    ['no current value: no progress yet', { baseline: 0, current: null, target: 10 }, 0],
    ['no target', { baseline: 0, current: 5, target: null }, null],
  ])('shows criterion progress as the engine judges it, for %s', (_label, values, percent) => {
    const view = viewAt(10, buildOnboarding({ criteria: [buildCriterion(values)] }));

    expect(view.criteria[0]?.progressPercent).toBe(percent);
  });

  it.each([
    ['done once completed, even late', { completedAt: atDay(9) }, 'done'],
    ['skipped by the CSM', { skipped: true }, 'skipped'],
    ['late the day after its due date', { dueDate: dateOfDay(9) }, 'late'],
    ['pending on its due date', { dueDate: dateOfDay(10) }, 'pending'],
  ])('derives a milestone status: %s', (_label, overrides, status) => {
    const view = viewAt(10, buildOnboarding({ milestones: [buildMilestone(overrides)] }));

    expect(view.milestones[0]?.status).toBe(status);
  });

  it('rescales component weights over the known components when usage is not tracked', () => {
    const view = viewAt(
      20,
      buildOnboarding({ usageTracked: false, criteria: [buildCriterion()], milestones: [buildMilestone()] }),
    );

    expect(view.header.components).toEqual({
      usage: { score: null, weightPercent: 0 },
      engagement: { score: expect.any(Number), weightPercent: 28.6 },
      milestones: { score: expect.any(Number), weightPercent: 28.6 },
      criteria: { score: expect.any(Number), weightPercent: 28.6 },
      support: { score: expect.any(Number), weightPercent: 14.3 },
    });
  });

  it('shows the last reply (inbound, connected call or meeting), not outbound attempts', () => {
    const view = viewAt(
      20,
      buildOnboarding({
        activity: {
          logins: [],
          featureUses: [],
          tickets: [],
          engagements: [
            { at: atDay(5), type: 'email', direction: 'inbound', connected: false, contactId: null },
            { at: atDay(8), type: 'call', direction: 'outbound', connected: true, contactId: null },
            { at: atDay(12), type: 'email', direction: 'outbound', connected: false, contactId: null },
          ],
        },
      }),
    );

    expect(view.activity.lastInboundReplyAt).toBe('2026-02-10T12:00:00.000Z');
  });

  it('lists checkpoint notes newest first', () => {
    const notes = [
      { id: 1, milestoneId: 'm1', at: instant('2026-02-09T10:00:00Z'), authorId: '7', text: 'older' },
      { id: 2, milestoneId: null, at: instant('2026-02-12T10:00:00Z'), authorId: null, text: 'newer' },
    ];

    const view = viewAt(20, buildOnboarding(), notes);

    expect(view.checkpointNotes.map((note) => note.note)).toEqual(['newer', 'older']);
  });
});

describe('toSummaryView', () => {
  it('counts every signal that holds and puts the most severe on top', () => {
    const onboarding = buildOnboarding();
    const assessment = evaluateOnboarding(onboarding, atDay(20));

    const summary = toSummaryView(assessment, onboarding);

    expect(summary.openSignalCount).toBe(assessment.signals.length);
    expect(summary.topSignal?.type).toBe(assessment.signals[0]?.type);
    expect(summary.topSignal?.severity).toBe('critical');
  });

  it('has no top signal when none holds', () => {
    const onboarding = buildOnboarding();
    const summary = toSummaryView(evaluateOnboarding(onboarding, atDay(1)), onboarding);

    expect(summary).toMatchObject({ openSignalCount: 0, topSignal: null, day: 1, phase: 'kickoff' });
  });

  it('says a closed onboarding is closed, and when', () => {
    const churned = buildOnboarding({ status: 'churned', closedAt: atDay(40) });
    const summary = toSummaryView(evaluateOnboarding(churned, atDay(41)), churned);

    expect(summary).toMatchObject({ status: 'churned', closedAt: new Date(atDay(40)).toISOString() });
  });
});
