import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../../server/src/cli/snapshot-schema.ts';
import {
  buildOnboardingDocument,
  buildSnapshotDocument,
  buildSnapshotExample,
} from '../../fixtures/build-snapshot-document.ts';

const parseOk = (document: unknown) => {
  const parsed = parseSnapshot(document);
  if (!parsed.ok) throw new Error(parsed.issue);
  return parsed.snapshot;
};

describe('parseSnapshot', () => {
  it("parses docs/EVALUATE.md's input example, times and dates to epoch milliseconds", () => {
    const { asOf, onboardings } = parseOk(buildSnapshotExample());
    const [acme] = onboardings;
    expect(asOf).toBe(Date.UTC(2026, 2, 2, 12));
    expect(acme?.startDate).toBe(Date.UTC(2026, 1, 1));
    expect(acme?.criteria[0]).toEqual({
      id: 'c1',
      name: '5 weekly active users',
      metric: 'weekly_active_users',
      unit: 'users',
      direction: 'increase',
      baseline: 0,
      target: 5,
      current: 2,
      agreedAt: null,
      dueDate: Date.UTC(2026, 2, 10),
      status: 'in_progress',
      achievedAt: null,
      source: 'csm',
      ownerContactId: null,
      handedOffTarget: null,
      baselineDate: null,
      baselineEvidence: null,
      currentAt: null,
      promiseKept: null,
    });
    expect(acme?.milestones.map((m) => [m.kind, m.completedAt])).toEqual([
      ['kickoff', Date.UTC(2026, 1, 3, 10)],
      ['checkpoint_d7', null],
    ]);
    expect(acme?.activity.engagements[1]).toEqual({
      at: Date.UTC(2026, 1, 26, 9),
      type: 'call',
      direction: 'outbound',
      connected: false,
      contactId: null,
    });
    expect(acme?.activity.tickets[0]?.closedAt).toBeNull();
    expect(acme?.signals[0]).toEqual({
      type: 'no_first_login',
      status: 'open',
      detectedAt: Date.UTC(2026, 1, 15),
      snoozedUntil: null,
      acknowledgedAt: null,
      snoozedAt: null,
      resolvedAt: null,
      resolvedBy: null,
    });
  });

  it('fills every list and optional field with its default and drops unknown fields', () => {
    const snapshot = parseOk(buildSnapshotDocument([buildOnboardingDocument({ crmOwner: 'x' })], { source: 'audit' }));
    expect(snapshot).toEqual({
      asOf: Date.UTC(2026, 2, 2, 12),
      onboardings: [
        {
          companyId: '201',
          companyName: null,
          startDate: Date.UTC(2026, 1, 1),
          status: 'in_progress',
          usageTracked: true,
          keyFeatures: [],
          criteria: [],
          milestones: [],
          firstWeekSteps: [],
          stakeholders: [],
          activity: { logins: [], featureUses: [], engagements: [], tickets: [] },
          signals: [],
          closedAt: null,
          outcomeReason: null,
          reopenedAt: null,
        },
      ],
    });
    expect(parseOk({ asOf: '2026-03-02T12:00:00Z' }).onboardings).toEqual([]);
  });

  it('reads an offset as the same instant and a skipped milestone status as skipped', () => {
    const milestone = { id: 'm1', name: 'Kickoff', kind: 'kickoff', dueDate: '2026-02-03', status: 'skipped' };
    const snapshot = parseOk(
      buildSnapshotDocument([buildOnboardingDocument({ milestones: [milestone] })], {
        asOf: '2026-03-02T13:30:00+01:30',
      }),
    );
    expect(snapshot.asOf).toBe(Date.UTC(2026, 2, 2, 12));
    expect(snapshot.onboardings[0]?.milestones[0]).toMatchObject({ skipped: true, checklist: [], notes: null });
  });

  it('reads a date-time without seconds, as ISO 8601 allows', () => {
    expect(parseOk(buildSnapshotDocument([], { asOf: '2026-03-02T12:00Z' })).asOf).toBe(Date.UTC(2026, 2, 2, 12));
  });

  const withOnboarding = (overrides: Record<string, unknown>) =>
    buildSnapshotDocument([buildOnboardingDocument(), buildOnboardingDocument(overrides)]);

  it.each([
    ['a missing asOf', { onboardings: [] }, 'asOf: required'],
    ['asOf as a date only', { asOf: '2026-03-02' }, 'asOf: expected an ISO 8601 date-time with Z or an offset'],
    [
      'asOf without an offset',
      { asOf: '2026-03-02T12:00:00' },
      'asOf: expected an ISO 8601 date-time with Z or an offset',
    ],
    ['a snapshot that is not an object', [], 'snapshot: expected object'],
    ['onboardings that are not a list', buildSnapshotDocument([], { onboardings: {} }), 'onboardings: expected array'],
    ['a missing companyId', withOnboarding({ companyId: undefined }), 'onboardings[1].companyId: required'],
    ['a numeric companyId', withOnboarding({ companyId: 101 }), 'onboardings[1].companyId: expected string'],
    [
      'an impossible startDate',
      withOnboarding({ startDate: '2026-02-30' }),
      'onboardings[1].startDate: expected a date YYYY-MM-DD',
    ],
    [
      'a startDate with a time',
      withOnboarding({ startDate: '2026-02-01T00:00:00Z' }),
      'onboardings[1].startDate: expected a date YYYY-MM-DD',
    ],
    [
      'an unknown status',
      withOnboarding({ status: 'paused' }),
      'onboardings[1].status: expected one of in_progress | completed | churned | abandoned',
    ],
    [
      'a target written as text deep in a criterion',
      withOnboarding({ criteria: [{ id: 'c1', name: 'WAU', target: '5' }] }),
      'onboardings[1].criteria[0].target: expected number',
    ],
    [
      'an invalid milestone due date',
      withOnboarding({ milestones: [{ id: 'm1', name: 'Kickoff', kind: 'kickoff', dueDate: '03/02/2026' }] }),
      'onboardings[1].milestones[0].dueDate: expected a date YYYY-MM-DD',
    ],
    [
      'an unknown stakeholder role',
      withOnboarding({ stakeholders: [{ contactId: '9', roles: ['champion'] }] }),
      'onboardings[1].stakeholders[0].roles[0]: expected one of economic_decision_maker | end_user | technical_influencer | sponsor | validation_owner',
    ],
    [
      'a login without a user',
      withOnboarding({ activity: { logins: [{ at: '2026-02-02T09:00:00Z' }] } }),
      'onboardings[1].activity.logins[0].userId: required',
    ],
    [
      'an invalid ticket opening time',
      withOnboarding({ activity: { tickets: [{ id: 't1', openedAt: 'yesterday' }] } }),
      'onboardings[1].activity.tickets[0].openedAt: expected an ISO 8601 date-time with Z or an offset',
    ],
  ])('rejects %s naming the first offending field', (_case, document, issue) => {
    expect(parseSnapshot(document)).toEqual({ ok: false, issue });
  });
});
