import type { Signal } from '@liftoff/shared/domain/index';
import { decidePhase } from '../../../shared/src/engine/phase.ts';
import { decideRiskLevel } from '../../../shared/src/engine/risk-level.ts';
import { decideNextAction } from '../../../shared/src/engine/next-action.ts';
import { defaultThresholds } from '@liftoff/shared/engine/index';
import { describe, expect, it } from 'vitest';

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
  const signal = (action: string, status: Signal['status']): Signal => ({
    type: 'no_first_login',
    severity: 'critical',
    status,
    detectedAt: 0,
    reopened: false,
    snoozedUntil: null,
    escalationLevel: 0,
    evidence: '',
    action,
  });

  it('takes the action of the first open signal in severity order', () => {
    const signals = [signal('acknowledged one', 'acknowledged'), signal('first open', 'open'), signal('later', 'open')];
    expect(decideNextAction('in_progress', 'activation', signals)).toBe('first open');
  });

  it.each([
    { phase: 'kickoff', starts: 'Run the kickoff' },
    { phase: 'activation', starts: 'Drive first value' },
    { phase: 'adoption', starts: 'Broaden adoption' },
    { phase: 'value_review', starts: 'Prepare the day-90 value review' },
    { phase: 'overdue', starts: 'Close the onboarding' },
    { phase: 'completed', starts: 'Onboarding complete' },
  ] as const)('defaults in $phase to "$starts…" when no signal is open', ({ phase, starts }) => {
    expect(decideNextAction('in_progress', phase, [signal('x', 'snoozed')])).toMatch(new RegExp(`^${starts}`));
  });

  it('asks to record the reasons of a churned onboarding', () => {
    expect(decideNextAction('churned', 'adoption', [])).toBe(
      'Onboarding churned: record the reasons for the cohort review.',
    );
  });
});
