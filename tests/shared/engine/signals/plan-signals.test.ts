import type { Ticket } from '@liftoff/shared/domain/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { describe, expect, it } from 'vitest';
import {
  atDay,
  buildFirstWeekStep,
  buildHealthyOnboarding,
  buildMilestone,
  buildOnboarding,
  buildTicket,
  dateOfDay,
} from '../../../support/build-onboarding.ts';
import { describeCrowdedPlanSignal } from './describe-crowded-plan-signal.ts';
import { findSignal } from './find-signal.ts';

const steps = (n: number) => Array.from({ length: n }, (_, i) => buildFirstWeekStep({ id: `s${i}` }));

describeCrowdedPlanSignal('complex_first_week', {
  items: 'first-week steps',
  plan: (count) => ({ firstWeekSteps: steps(count) }),
  day: 0,
  evidence: { count: 8, text: '8 first-week steps in the plan (threshold: at most 5).' },
});

describe('milestone_overdue', () => {
  it.each([
    { kind: 'checkpoint_d7', day: 7, severity: undefined, why: 'on its due day' },
    { kind: 'checkpoint_d7', day: 8, severity: 'high', why: 'the day after a missed day-7 checkpoint' },
    { kind: 'checkpoint_d30', day: 8, severity: 'high', why: 'a missed day-30 checkpoint' },
    { kind: 'checkpoint_d60', day: 8, severity: 'high', why: 'a missed day-60 checkpoint' },
    { kind: 'first_value', day: 8, severity: 'warning', why: 'another milestone' },
    { kind: 'review_d90', day: 7, severity: undefined, why: 'the day-90 review on its due day' },
    { kind: 'review_d90', day: 8, severity: 'high', why: 'a missed day-90 review, like a missed checkpoint' },
  ] as const)('$why → $severity', ({ kind, day, severity }) => {
    const onboarding = buildOnboarding({ milestones: [buildMilestone({ kind, dueDate: dateOfDay(7) })] });
    expect(findSignal(onboarding, day, 'milestone_overdue')?.severity).toBe(severity);
  });

  it('ignores milestones done or skipped', () => {
    const milestones = [
      buildMilestone({ id: 'a', completedAt: atDay(9) }),
      buildMilestone({ id: 'b', kind: 'custom', skipped: true }),
    ];
    expect(findSignal(buildOnboarding({ milestones }), 12, 'milestone_overdue')).toBeUndefined();
  });

  it('names a missed day-90 review before another overdue milestone', () => {
    const milestones = [
      buildMilestone({ id: 'a', name: 'Custom', kind: 'custom', dueDate: dateOfDay(3) }),
      buildMilestone({ id: 'b', name: 'Day-90 review', kind: 'review_d90', dueDate: dateOfDay(90) }),
    ];
    const signal = findSignal(buildOnboarding({ milestones }), 92, 'milestone_overdue');
    expect(signal?.severity).toBe('high');
    expect(signal?.evidence).toBe('"Day-90 review" was due 2026-05-03 and is 2 days overdue (+1 more overdue).');
  });

  it('names the missed checkpoint first, with its lateness, and counts the others', () => {
    const milestones = [
      buildMilestone({ id: 'a', name: 'Custom', kind: 'custom', dueDate: dateOfDay(3) }),
      buildMilestone({ id: 'b', name: 'Day-7 check-in', dueDate: dateOfDay(7) }),
    ];
    expect(findSignal(buildOnboarding({ milestones }), 29, 'milestone_overdue')?.evidence).toBe(
      '"Day-7 check-in" was due 2026-02-09 and is 22 days overdue (+1 more overdue).',
    );
  });

  it('resolves itself when the milestone is completed', () => {
    const late = buildMilestone();
    expect(findSignal(buildOnboarding({ milestones: [late] }), 10, 'milestone_overdue')).toBeDefined();
    const done = { ...late, completedAt: atDay(10) - 1 };
    expect(findSignal(buildOnboarding({ milestones: [done] }), 10, 'milestone_overdue')).toBeUndefined();
  });
});

describe('unresolved_tickets', () => {
  const now = atDay(40);
  const withTickets = (tickets: Ticket[]) =>
    buildHealthyOnboarding(40, { activity: { ...buildHealthyOnboarding(40).activity, tickets } });
  const open = (id: string, overrides: Partial<Ticket> = {}) =>
    buildTicket({ id, openedAt: now - DAY_MS, ...overrides });

  it.each([
    { tickets: [open('a'), open('b')], raised: false, why: '2 open tickets' },
    { tickets: [open('a'), open('b'), open('c')], raised: true, why: '3 open tickets' },
    { tickets: [open('a'), open('b'), open('c', { closedAt: now - 1 })], raised: false, why: '2 open, 1 closed' },
    {
      tickets: [open('a', { priority: 'high', openedAt: now - 7 * DAY_MS })],
      raised: false,
      why: 'a high ticket open exactly 7 days',
    },
    {
      tickets: [open('a', { priority: 'high', openedAt: now - 8 * DAY_MS })],
      raised: true,
      why: 'a high ticket open 8 days',
    },
    {
      tickets: [open('a', { priority: 'urgent', openedAt: now - 8 * DAY_MS })],
      raised: true,
      why: 'an urgent ticket open 8 days',
    },
    {
      tickets: [open('a', { priority: 'medium', openedAt: now - 20 * DAY_MS })],
      raised: false,
      why: 'a medium ticket open 20 days',
    },
    {
      tickets: [open('a', { category: 'sso' }), open('b', { category: 'sso', closedAt: now - 1 })],
      raised: true,
      why: '2 sso tickets within 30 days, one open',
    },
    {
      tickets: [open('a', { category: 'sso', closedAt: now - 1 }), open('b', { category: 'sso', closedAt: now - 1 })],
      raised: false,
      why: '2 sso tickets within 30 days, both closed',
    },
    {
      tickets: [
        open('a', { category: 'sso' }),
        open('b', { category: 'sso', openedAt: now - 30 * DAY_MS, closedAt: now - 20 * DAY_MS }),
      ],
      raised: false,
      why: 'the other sso ticket was opened 30 days ago',
    },
    {
      tickets: [open('a', { category: 'sso' }), open('b', { category: 'billing' })],
      raised: false,
      why: 'different categories',
    },
  ])('$why → raised=$raised', ({ tickets, raised }) => {
    expect(findSignal(withTickets(tickets), 40, 'unresolved_tickets')?.severity).toBe(raised ? 'high' : undefined);
  });

  it('lists every reason with its numbers', () => {
    const tickets = [
      open('t1', { priority: 'urgent', openedAt: now - 10 * DAY_MS, category: 'sso' }),
      open('t2', { category: 'sso' }),
      open('t3'),
    ];
    expect(findSignal(withTickets(tickets), 40, 'unresolved_tickets')?.evidence).toBe(
      '3 open tickets (threshold: 3); urgent-priority ticket t1 open for 10 days (threshold: 7 days); ' +
        '2 "sso" tickets opened in the last 30 days, 2 still open (threshold: 2).',
    );
  });
});
