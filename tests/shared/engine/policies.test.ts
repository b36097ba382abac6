import type { Milestone, MilestoneStatus, Phase, Signal } from '@liftoff/shared/domain/index';
import { decidePhase } from '../../../shared/src/engine/phase.ts';
import { decideRiskLevel } from '../../../shared/src/engine/risk-level.ts';
import { decideNextAction } from '../../../shared/src/engine/next-action.ts';
import { defaultThresholds } from '@liftoff/shared/engine/index';
import { describe, expect, it } from 'vitest';
import { atDay, buildMilestone, date, dateOfDay, instant } from '../../support/build-onboarding.ts';

type Open = Pick<Signal, 'severity' | 'status'>;
const open = (severity: Signal['severity']): Open => ({ severity, status: 'open' });

describe('decidePhase', () => {
  it.each([
    { status: 'in_progress', day: -2, phase: 'kickoff' },
    { status: 'in_progress', day: 0, phase: 'kickoff' },
    { status: 'in_progress', day: 7, phase: 'kickoff' },
    { status: 'in_progress', day: 8, phase: 'activation' },
    { status: 'in_progress', day: 30, phase: 'activation' },
    { status: 'in_progress', day: 31, phase: 'adoption' },
    { status: 'in_progress', day: 60, phase: 'adoption' },
    { status: 'in_progress', day: 61, phase: 'value_review' },
    { status: 'in_progress', day: 90, phase: 'value_review' },
    { status: 'in_progress', day: 91, phase: 'overdue' },
    { status: 'completed', day: 40, phase: 'completed' },
    { status: 'churned', day: 40, phase: 'adoption' },
  ] as const)('$status at day $day → $phase', ({ status, day, phase }) => {
    expect(decidePhase(status, day)).toBe(phase);
  });
});

describe('decideRiskLevel', () => {
  it.each([
    { score: 100, signals: [], risk: 'low' },
    { score: 70, signals: [], risk: 'low' },
    { score: 69, signals: [], risk: 'medium' },
    { score: 50, signals: [], risk: 'medium' },
    { score: 49, signals: [], risk: 'high' },
    { score: 30, signals: [], risk: 'high' },
    { score: 29, signals: [], risk: 'critical' },
    { score: 100, signals: [open('info')], risk: 'low' },
    { score: 100, signals: [open('warning')], risk: 'medium' },
    { score: 100, signals: [open('high')], risk: 'high' },
    { score: 100, signals: [open('critical')], risk: 'critical' },
    { score: 100, signals: [{ severity: 'critical', status: 'acknowledged' }], risk: 'critical' },
    { score: 100, signals: [{ severity: 'high', status: 'snoozed' }], risk: 'high' },
  ] as const)('score $score with $signals → $risk', ({ score, signals, risk }) => {
    expect(decideRiskLevel(score, signals, defaultThresholds)).toBe(risk);
  });
});

describe('decideNextAction', () => {
  const now = atDay(20);
  const signal = (
    action: string,
    status: Signal['status'],
    severity: Signal['severity'] = 'critical',
    snoozedUntil: number | null = null,
  ): Signal => ({
    type: 'no_first_login',
    severity,
    status,
    detectedAt: 0,
    reopened: false,
    snoozedUntil,
    escalationLevel: 0,
    evidence: '',
    action,
  });
  const next = (signals: readonly Signal[], milestones: readonly Milestone[] = [], phase: Phase = 'activation') =>
    decideNextAction('in_progress', phase, signals, milestones, toRecordedStatuses(milestones), now);

  it('takes the action of the first open signal in severity order', () => {
    const signals = [signal('acknowledged one', 'acknowledged'), signal('first open', 'open'), signal('later', 'open')];
    expect(next(signals)).toBe('first open');
  });

  // Signals arrive sorted, most severe first.
  it.each([
    {
      signals: [signal('ack critical', 'acknowledged'), signal('open info', 'open', 'info')],
      action: 'open info',
      why: 'any open signal before an acknowledged one',
    },
    {
      signals: [
        signal('snoozed critical', 'snoozed', 'critical', atDay(25)),
        signal('ack warning', 'acknowledged', 'warning'),
      ],
      action: 'Follow up: ack warning',
      why: 'an acknowledged signal before a snoozed one',
    },
    {
      signals: [signal('ack critical', 'acknowledged'), signal('ack high', 'acknowledged', 'high')],
      action: 'Follow up: ack critical',
      why: 'the most severe acknowledged one',
    },
    {
      signals: [
        signal('snoozed high', 'snoozed', 'high', date('2026-12-12')),
        signal('snoozed info', 'snoozed', 'info', atDay(22)),
      ],
      action: 'After 12 Dec: snoozed high',
      why: 'the most severe snoozed one, after its end',
    },
    {
      signals: [signal('snoozed', 'snoozed', 'warning', instant('2026-03-01T23:59:00Z'))],
      action: 'After 1 Mar: snoozed',
      why: 'the UTC date of the snooze’s end',
    },
  ])('$why → "$action"', ({ signals, action }) => {
    expect(next(signals, [buildMilestone({ dueDate: dateOfDay(25) })])).toBe(action);
  });

  it.each([
    { kind: 'kickoff', name: 'Kickoff', action: 'Run the kickoff by 27 Feb.' },
    { kind: 'first_login', name: 'First login', action: 'Get the end users to log in by 27 Feb.' },
    { kind: 'first_value', name: 'First value', action: 'Deliver first value by 27 Feb.' },
    { kind: 'checkpoint_d7', name: 'Day 7', action: 'Hold the day-7 checkpoint by 27 Feb.' },
    { kind: 'checkpoint_d30', name: 'Day 30', action: 'Hold the day-30 checkpoint by 27 Feb.' },
    { kind: 'checkpoint_d60', name: 'Day 60', action: 'Hold the day-60 checkpoint by 27 Feb.' },
    { kind: 'review_d90', name: 'Day 90', action: 'Hold the day-90 review by 27 Feb.' },
    { kind: 'custom', name: ' Train the admins ', action: 'Complete "Train the admins" by 27 Feb.' },
    { kind: 'custom', name: '', action: 'Complete the next milestone by 27 Feb.' },
  ] as const)('with no signal, a due $kind milestone → "$action"', ({ kind, name, action }) => {
    expect(next([], [buildMilestone({ kind, name, dueDate: dateOfDay(25) })])).toBe(action);
  });

  it.each([
    {
      milestones: [
        buildMilestone({ id: 'd30', kind: 'checkpoint_d30', dueDate: dateOfDay(30) }),
        buildMilestone({ id: 'd7', kind: 'checkpoint_d7', dueDate: dateOfDay(7) }),
      ],
      action: 'Hold the day-7 checkpoint (was due 9 Feb).',
      why: 'the earliest due, overdue included',
    },
    {
      milestones: [
        buildMilestone({ kind: 'kickoff', dueDate: dateOfDay(1), completedAt: atDay(1) }),
        buildMilestone({ kind: 'checkpoint_d7', dueDate: dateOfDay(7), skipped: true }),
        buildMilestone({ kind: 'checkpoint_d30', dueDate: dateOfDay(30) }),
      ],
      action: 'Hold the day-30 checkpoint by 4 Mar.',
      why: 'done and skipped milestones passed over',
    },
    {
      milestones: [buildMilestone({ kind: 'checkpoint_d30', dueDate: dateOfDay(20) })],
      action: 'Hold the day-30 checkpoint by 22 Feb.',
      why: 'due today, still on time',
    },
    {
      milestones: [buildMilestone({ kind: 'checkpoint_d30', dueDate: dateOfDay(19) })],
      action: 'Hold the day-30 checkpoint (was due 21 Feb).',
      why: 'due yesterday',
    },
    {
      milestones: [
        buildMilestone({ kind: 'custom', name: 'First', dueDate: dateOfDay(25) }),
        buildMilestone({ kind: 'custom', name: 'Second', dueDate: dateOfDay(25) }),
      ],
      action: 'Complete "First" by 27 Feb.',
      why: 'the first listed on a tie',
    },
    {
      milestones: [buildMilestone({ completedAt: atDay(7) }), buildMilestone({ skipped: true })],
      action: 'Drive first value: check key-feature use with the end users and hold the day-30 checkpoint.',
      why: 'every milestone done or skipped: the phase default',
    },
  ])('with no signal, $why → "$action"', ({ milestones, action }) => {
    expect(next([], milestones)).toBe(action);
  });

  it('prefers a snoozed signal to the next milestone, and the milestone to the phase default', () => {
    const milestone = buildMilestone({ kind: 'checkpoint_d30', dueDate: dateOfDay(30) });
    expect(next([signal('x', 'snoozed', 'info', atDay(22))], [milestone])).toBe('After 24 Feb: x');
    expect(next([], [milestone])).toBe('Hold the day-30 checkpoint by 4 Mar.');
  });

  it.each([
    { phase: 'kickoff', starts: 'Run the kickoff' },
    { phase: 'activation', starts: 'Drive first value' },
    { phase: 'adoption', starts: 'Broaden adoption' },
    { phase: 'value_review', starts: 'Prepare the day-90 value review' },
    { phase: 'overdue', starts: 'Close the onboarding' },
    { phase: 'completed', starts: 'Onboarding complete' },
  ] as const)('defaults in $phase to "$starts…" with no signal and no milestone to do', ({ phase, starts }) => {
    expect(next([], [], phase)).toMatch(new RegExp(`^${starts}`));
  });

  it.each([
    { status: 'churned', phase: 'adoption', action: 'Onboarding churned: record the reasons for the cohort review.' },
    {
      status: 'abandoned',
      phase: 'activation',
      action: 'Onboarding abandoned: record the reasons for the cohort review.',
    },
    {
      status: 'completed',
      phase: 'completed',
      action: 'Onboarding complete: hand over to account management with the achieved criteria.',
    },
  ] as const)('keeps the closing text of a $status onboarding, milestones left or not', ({ status, phase, action }) => {
    const milestones = [buildMilestone({ dueDate: dateOfDay(25) })];
    expect(decideNextAction(status, phase, [], milestones, toRecordedStatuses(milestones), now)).toBe(action);
  });
});

/** The statuses a plan has when only its records speak (no completion rule holds): done, skipped, else pending. */
function toRecordedStatuses(milestones: readonly Milestone[]): { status: MilestoneStatus }[] {
  return milestones.map((m) => ({ status: m.completedAt !== null ? 'done' : m.skipped ? 'skipped' : 'pending' }));
}
