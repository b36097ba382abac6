import type { Engagement, Stakeholder } from '@liftoff/shared/domain/index';
import { describe, expect, it } from 'vitest';
import {
  atDay,
  buildEngagement,
  buildHealthyOnboarding,
  buildOnboarding,
  buildStakeholder,
} from '../../../support/build-onboarding.ts';
import { findSignal } from './find-signal.ts';

describe('unanswered_outreach', () => {
  const withEngagements = (engagements: Engagement[]) =>
    buildHealthyOnboarding(30, { activity: { ...buildHealthyOnboarding(30).activity, engagements } });
  const outbound = (day: number, type: Engagement['type'] = 'email') =>
    buildEngagement({ at: atDay(day), type, direction: 'outbound' });

  it.each([
    { days: [25], severity: undefined, why: 'a single outbound touch' },
    { days: [25, 27], severity: 'warning', why: '2 unanswered touches' },
    { days: [22, 25, 27], severity: 'high', why: '3 unanswered touches' },
    { days: [16, 27], severity: undefined, why: 'the first touch exactly 14 days ago is outside (now − 14 d, now]' },
    { days: [17, 27], severity: 'warning', why: 'both touches within the last 14 days' },
  ] as const)('$why → $severity', ({ days, severity }) => {
    expect(findSignal(withEngagements(days.map((d) => outbound(d))), 30, 'unanswered_outreach')?.severity).toBe(
      severity,
    );
  });

  it.each([
    { reply: buildEngagement({ at: atDay(26), type: 'email', direction: 'inbound' }), what: 'an inbound email' },
    { reply: buildEngagement({ at: atDay(26), type: 'call', connected: true }), what: 'a connected call' },
    { reply: buildEngagement({ at: atDay(26), type: 'meeting' }), what: 'a meeting' },
  ])('resolves itself with $what after the first touch', ({ reply }) => {
    expect(findSignal(withEngagements([outbound(25), outbound(27, 'call')]), 30, 'unanswered_outreach')).toBeDefined();
    expect(
      findSignal(withEngagements([outbound(25), outbound(27, 'call'), reply]), 30, 'unanswered_outreach'),
    ).toBeUndefined();
  });

  it('still fires when the only reply came before the first touch', () => {
    const reply = buildEngagement({ at: atDay(20), direction: 'inbound' });
    expect(findSignal(withEngagements([reply, outbound(25), outbound(27)]), 30, 'unanswered_outreach')?.evidence).toBe(
      '2 outbound emails/calls in the last 14 days with no reply since 2026-02-27 (threshold: 2, high from 3).',
    );
  });

  describe('goes through another stakeholder than the silent ones', () => {
    const person = (contactId: string, name: string | null, roles: Stakeholder['roles'], engagedDay: number | null) =>
      buildStakeholder({ contactId, name, roles, lastEngagedAt: engagedDay === null ? null : atDay(engagedDay) });
    const sponsor = person('spo', 'Sam Sponsor', ['sponsor'], 10);
    const edm = person('edm', 'Eve Money', ['economic_decision_maker'], 12);
    const user = person('eu', 'Ann User', ['end_user'], 20);
    const tech = person('ti', 'Tom Tech', ['technical_influencer'], 22);
    const toward = (contactId: string | null) => [25, 27].map((d) => ({ ...outbound(d), contactId }));
    const actionFor = (stakeholders: Stakeholder[], engagements: Engagement[]) =>
      findSignal(
        buildHealthyOnboarding(30, { stakeholders, activity: { ...buildHealthyOnboarding(30).activity, engagements } }),
        30,
        'unanswered_outreach',
      )?.action;

    it.each([
      {
        stakeholders: [user, sponsor, edm],
        silent: ['eu'],
        action: 'Change channel and go through Sam Sponsor (sponsor).',
        why: 'an end user is silent',
      },
      {
        stakeholders: [user, sponsor, edm],
        silent: ['spo'],
        action: 'Change channel and go through Eve Money (economic decision maker).',
        why: 'the sponsor is silent',
      },
      {
        stakeholders: [user, sponsor, edm, tech],
        silent: ['spo', 'edm'],
        action: 'Change channel and go through Tom Tech (technical influencer).',
        why: 'sponsor and decision maker silent: the most recently engaged other',
      },
      {
        stakeholders: [user, person('ti', 'Tom Tech', ['technical_influencer'], null)],
        silent: ['eu'],
        action: 'Change channel.',
        why: 'the only other never engaged',
      },
      {
        stakeholders: [user],
        silent: ['eu'],
        action: 'Change channel.',
        why: 'the silent one is the only stakeholder',
      },
      { stakeholders: [], silent: [null], action: 'Change channel.', why: 'no stakeholder at all' },
      {
        stakeholders: [user, sponsor],
        silent: [null],
        action: 'Change channel and go through Sam Sponsor (sponsor).',
        why: 'the touches name no contact',
      },
      {
        stakeholders: [user, person('spo', null, ['sponsor'], null)],
        silent: ['eu'],
        action: 'Change channel and go through the sponsor.',
        why: 'the sponsor has no name',
      },
      {
        stakeholders: [user, person('x', null, [], 21)],
        silent: ['eu'],
        action: 'Change channel and go through another engaged contact.',
        why: 'the other has neither name nor role',
      },
      {
        stakeholders: [
          user,
          person('spo', 'Old Sponsor', ['sponsor'], 2),
          person('spo2', 'New Sponsor', ['sponsor', 'end_user'], 18),
        ],
        silent: ['eu'],
        action: 'Change channel and go through New Sponsor (sponsor).',
        why: 'two sponsors: the most recently engaged',
      },
    ] as const)('$why → "$action"', ({ stakeholders, silent, action }) => {
      expect(
        actionFor(
          [...stakeholders],
          silent.flatMap((id) => toward(id)),
        ),
      ).toBe(action);
    });
  });

  it('counts as silent only the contacts of the touches in the window', () => {
    const sponsor = buildStakeholder({ contactId: 'spo', name: 'Sam Sponsor', roles: ['sponsor'] });
    const user = buildStakeholder({ contactId: 'eu', name: 'Ann User', roles: ['end_user'] });
    const engagements = [
      { ...outbound(16), contactId: 'spo' },
      { ...outbound(25), contactId: 'eu' },
      { ...outbound(27), contactId: 'eu' },
    ];
    const onboarding = buildHealthyOnboarding(30, {
      stakeholders: [user, sponsor],
      activity: { ...buildHealthyOnboarding(30).activity, engagements },
    });
    expect(findSignal(onboarding, 30, 'unanswered_outreach')?.action).toBe(
      'Change channel and go through Sam Sponsor (sponsor).',
    );
    expect(findSignal(onboarding, 29, 'unanswered_outreach')?.action).toBe('Change channel.');
  });

  it('does not count an unanswered inbound call as outreach', () => {
    const missedInbound = buildEngagement({ at: atDay(26), type: 'call', direction: 'inbound', connected: false });
    expect(findSignal(withEngagements([outbound(25), missedInbound]), 30, 'unanswered_outreach')).toBeUndefined();
  });
});

describe('single_threaded', () => {
  const engaged = (
    contactId: string,
    roles: ('economic_decision_maker' | 'end_user' | 'technical_influencer')[],
    day = 5,
  ) => buildStakeholder({ contactId, roles, lastEngagedAt: atDay(day) });

  it.each([
    { day: 6, raised: false },
    { day: 7, raised: true },
  ])('with nobody engaged, at day $day raised=$raised', ({ day, raised }) => {
    expect(findSignal(buildOnboarding(), day, 'single_threaded')?.severity).toBe(raised ? 'warning' : undefined);
  });

  it.each([
    {
      stakeholders: [engaged('a', ['economic_decision_maker']), engaged('b', ['economic_decision_maker'])],
      raised: true,
      why: '2 contacts, 1 circle',
    },
    {
      stakeholders: [engaged('a', ['economic_decision_maker', 'end_user'])],
      raised: true,
      why: 'only one contact, 2 circles',
    },
    {
      stakeholders: [engaged('a', ['economic_decision_maker']), engaged('b', ['end_user'])],
      raised: false,
      why: '2 contacts, 2 circles',
    },
    {
      stakeholders: [engaged('a', ['economic_decision_maker']), engaged('b', ['end_user'], -20)],
      raised: true,
      why: 'the end user was last engaged 30 days ago',
    },
    {
      stakeholders: [engaged('a', ['economic_decision_maker']), engaged('b', ['end_user'], -19)],
      raised: false,
      why: 'the end user was engaged 29 days ago',
    },
  ])('at day 10: $why → raised=$raised', ({ stakeholders, raised }) => {
    expect(findSignal(buildOnboarding({ stakeholders }), 10, 'single_threaded') !== undefined).toBe(raised);
  });

  it.each([
    {
      stakeholders: [],
      action: 'Meet the economic decision maker, the end users and the technical influencer.',
      why: 'nobody engaged',
    },
    {
      stakeholders: [engaged('a', ['economic_decision_maker']), engaged('b', ['economic_decision_maker'])],
      action: 'Meet the end users and the technical influencer.',
      why: 'two economic decision makers',
    },
    {
      stakeholders: [
        engaged('a', ['end_user']),
        engaged('b', ['end_user']),
        engaged('c', ['technical_influencer'], -25),
      ],
      action: 'Meet the economic decision maker and the technical influencer.',
      why: 'end users engaged, the technical influencer not in 30 days',
    },
    {
      stakeholders: [engaged('a', ['economic_decision_maker', 'end_user'])],
      action: 'Meet the technical influencer.',
      why: 'one contact covering two circles',
    },
    {
      stakeholders: [engaged('a', ['economic_decision_maker', 'end_user', 'technical_influencer'])],
      action: 'Bring in a second contact: one person carries the whole onboarding.',
      why: 'one contact covering all three circles',
    },
  ])('at day 10 with $why, the action names only the missing circles: "$action"', ({ stakeholders, action }) => {
    expect(findSignal(buildOnboarding({ stakeholders }), 10, 'single_threaded')?.action).toBe(action);
  });

  it('names the missing circles', () => {
    const onboarding = buildOnboarding({ stakeholders: [engaged('a', ['economic_decision_maker', 'end_user'])] });
    expect(findSignal(onboarding, 10, 'single_threaded')?.evidence).toBe(
      '1 contact engaged in the last 30 days covering 2 of 3 circles; missing: technical influencer (threshold: 2 circles, 2 contacts).',
    );
  });
});

describe('no_validation_owner', () => {
  it.each([
    { day: 6, raised: false },
    { day: 7, raised: true },
  ])('without a validation owner, at day $day raised=$raised', ({ day, raised }) => {
    expect(findSignal(buildOnboarding(), day, 'no_validation_owner')?.severity).toBe(raised ? 'info' : undefined);
  });

  it('resolves itself once a contact is labelled validation owner', () => {
    const owner = buildStakeholder({ roles: ['sponsor', 'validation_owner'] });
    expect(findSignal(buildOnboarding({ stakeholders: [owner] }), 10, 'no_validation_owner')).toBeUndefined();
  });
});
