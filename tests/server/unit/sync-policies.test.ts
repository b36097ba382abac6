import { describe, expect, it } from 'vitest';
import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import { decideEventRetry } from '../../../server/src/jobs/decide-event-retry.ts';
import { decideJob } from '../../../server/src/jobs/decide-job.ts';
import type { Job } from '../../../server/src/jobs/job.ts';
import { toSweepEvents } from '../../../server/src/jobs/to-sweep-events.ts';
import type { StoredSignal } from '../../../server/src/onboarding/ports/crm-gateway.ts';
import { toWordsLabel } from '../../../server/src/onboarding/model/to-words-label.ts';
import { planWriteBack } from '../../../server/src/onboarding/sync/plan-write-back.ts';
import type { KnownCrmState } from '../../../server/src/onboarding/sync/plan-write-back.ts';
import { toCompanyOnboardingFields } from '../../../server/src/onboarding/sync/to-company-onboarding-fields.ts';
import type { InboxEventInput, InboxKind, InboxSource } from '../../../server/src/onboarding/ports/index.ts';
import { buildWebhookInboxEvent } from '../../support/build-webhook-inbox-event.ts';
import { isRetryableSyncError } from '../../../server/src/onboarding/sync/sync-error.ts';
import {
  atDay,
  buildCriterion,
  buildLogin,
  buildMilestone,
  buildOnboarding,
  dateOfDay,
} from '../../support/build-onboarding.ts';

const policy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 5_000 };

describe('decideEventRetry', () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
  ])('retries after attempt %i in %i ms (doubling)', (attempts, delay) => {
    expect(decideEventRetry(attempts, 10_000, policy)).toBe(10_000 + delay);
  });

  it('caps the delay', () => {
    expect(decideEventRetry(3, 0, { ...policy, maxDelayMs: 3_000 })).toBe(3_000);
  });

  it.each([4, 5])('parks the event (null) after %i attempts', (attempts) => {
    expect(decideEventRetry(attempts, 0, policy)).toBeNull();
  });
});

/** A HubSpot event goes through the adapter (its CrmChange), any other source is stored as its edge wrote it. */
function buildEvent(overrides: {
  source?: InboxSource;
  kind?: string;
  companyId?: string;
  payload?: object;
}): InboxEventInput {
  const { source = 'hubspot', kind = 'object.propertyChange', companyId = null, payload = {} } = overrides;
  if (source === 'hubspot') return buildWebhookInboxEvent(kind, { ...payload });
  return { portalId: '1001', source, eventId: '1', kind: kind as InboxKind, companyId, occurredAt: 0, payload };
}

describe('decideJob', () => {
  it.each<[string, Parameters<typeof buildEvent>[0], Job]>([
    [
      'a deal stage change starts the onboarding',
      { kind: 'deal.propertyChange', payload: { objectId: 7, propertyName: 'dealstage', propertyValue: 'closedwon' } },
      { kind: 'start_onboarding', portalId: '1001', dealId: '7' },
    ],
    [
      'a generic deal stage change starts the onboarding',
      { payload: { objectId: '7', objectTypeId: '0-3', propertyName: 'dealstage' } },
      { kind: 'start_onboarding', portalId: '1001', dealId: '7' },
    ],
    [
      'another deal property is ignored',
      { kind: 'deal.propertyChange', payload: { objectId: 7, propertyName: 'amount' } },
      { kind: 'ignore', reason: 'deal propertyChange other than a stage change' },
    ],
    [
      'a company property change refreshes it',
      { kind: 'company.propertyChange', companyId: '42', payload: { objectId: 42 } },
      { kind: 'refresh_company', portalId: '1001', companyId: '42' },
    ],
    [
      'a company deletion removes it',
      { kind: 'object.deletion', companyId: '42', payload: { objectId: 42, objectTypeId: '0-2' } },
      { kind: 'remove_company', portalId: '1001', companyId: '42' },
    ],
    [
      'a company merge follows the new id',
      {
        kind: 'object.merge',
        companyId: '42',
        payload: { objectId: 42, objectTypeId: '0-2', primaryObjectId: 42, mergedObjectIds: [43], newObjectId: 44 },
      },
      { kind: 'merge_company', portalId: '1001', mergedCompanyIds: ['42', '43'], survivingCompanyId: '44' },
    ],
    [
      'a company merge without a new id keeps the primary',
      { kind: 'company.merge', companyId: '42', payload: { objectId: 42, primaryObjectId: 42, mergedObjectIds: [43] } },
      { kind: 'merge_company', portalId: '1001', mergedCompanyIds: ['43'], survivingCompanyId: '42' },
    ],
    [
      'an association change with a company refreshes the company',
      {
        kind: 'object.associationChange',
        companyId: '42',
        payload: { fromObjectId: 5, fromObjectTypeId: '0-1', toObjectId: 42, toObjectTypeId: '0-2' },
      },
      { kind: 'refresh_company', portalId: '1001', companyId: '42' },
    ],
    [
      'a ticket change pulls changes',
      { kind: 'ticket.creation', payload: { objectId: 9 } },
      { kind: 'pull_changes', portalId: '1001' },
    ],
    [
      'an email change pulls changes',
      { payload: { objectId: 9, objectTypeId: '0-49' } },
      { kind: 'pull_changes', portalId: '1001' },
    ],
    [
      'a Liftoff record change pulls changes',
      { payload: { objectId: 9, objectTypeId: '2-123' } },
      { kind: 'pull_changes', portalId: '1001' },
    ],
    [
      'a product change is ignored',
      { payload: { objectId: 9, objectTypeId: '0-7' } },
      { kind: 'ignore', reason: 'no job for object.propertyChange' },
    ],
    [
      'a sweep re-assesses its company',
      { source: 'scheduler', kind: 'sweep.reassess', companyId: '42' },
      { kind: 'reassess', portalId: '1001', companyId: '42' },
    ],
    [
      'a sweep pull pulls changes',
      { source: 'scheduler', kind: 'sweep.pull' },
      { kind: 'pull_changes', portalId: '1001' },
    ],
    [
      'a usage event re-assesses its company',
      { source: 'usage', kind: 'usage.recorded', companyId: '42' },
      { kind: 'reassess', portalId: '1001', companyId: '42' },
    ],
  ])('%s', (_name, overrides, job) => {
    expect(decideJob(buildEvent(overrides))).toEqual(job);
  });
});

describe('toSweepEvents', () => {
  it('keys each re-assessment and the pull by portal, company and interval bucket', () => {
    const hour = 3_600_000;
    const events = toSweepEvents('1001', ['42', '43'], 10 * hour + 5, hour);
    expect(events.map((event) => [event.eventId, event.kind, event.companyId])).toEqual([
      ['sweep:1001:42:10', 'sweep.reassess', '42'],
      ['sweep:1001:43:10', 'sweep.reassess', '43'],
      ['sweep:1001:pull:10', 'sweep.pull', null],
    ]);
  });

  it('gives the same ids within one interval, new ones in the next', () => {
    const hour = 3_600_000;
    const ids = (now: number) => toSweepEvents('1001', ['42'], now, hour).map((event) => event.eventId);
    expect(ids(10 * hour + 1)).toEqual(ids(11 * hour - 1));
    expect(ids(11 * hour)).not.toEqual(ids(10 * hour));
  });
});

describe('planWriteBack', () => {
  const { activity: _activity, ...onboarding } = buildOnboarding({ companyId: '42' });
  const now = atDay(20);
  const assessment = evaluateOnboarding(buildOnboarding({ companyId: '42' }), now);
  const fields = toCompanyOnboardingFields(onboarding, assessment);
  const nothingKnown: KnownCrmState = {
    company: {},
    deal: {},
    signals: new Map(),
    criteria: new Map(),
    milestones: new Map(),
    stakeholders: new Map(),
  };
  const input = {
    mode: 'custom_objects' as const,
    dealId: '7',
    onboarding,
    assessment,
    signalHandling: [],
    known: nothingKnown,
    now,
  };

  it('writes every company field and creates a signal record per raised signal when HubSpot has nothing', () => {
    const plan = planWriteBack(input);
    expect(plan.companies).toEqual([{ id: '42', known: {}, desired: fields }]);
    expect(plan.signals.map((write) => [write.desired.key, write.known])).toEqual(
      assessment.signals.map((signal) => [`42:${signal.type}`, null]),
    );
  });

  it('writes nothing (not even the evaluation time) when HubSpot already has every value', () => {
    const known: KnownCrmState = {
      company: { ...fields, lastEvaluatedAt: now - 3_600_000 },
      deal: {},
      signals: new Map(planWriteBack(input).signals.map((write) => [write.desired.key, write.desired])),
      criteria: new Map(onboarding.criteria.map((criterion) => [criterion.id, criterion])),
      milestones: new Map(onboarding.milestones.map((milestone) => [milestone.id, milestone])),
      stakeholders: new Map(),
    };
    expect(planWriteBack({ ...input, known })).toEqual({
      companies: [],
      deals: [],
      criteria: [],
      milestones: [],
      signals: [],
      stakeholders: [],
    });
  });

  describe('the promises kept, on the deal', () => {
    const judged = (verdicts: (boolean | null)[]) => ({
      ...onboarding,
      criteria: verdicts.map((promiseKept, n) => buildCriterion({ id: `c${n + 1}`, promiseKept })),
    });

    it.each([
      { mode: 'custom_objects' as const, case: 'with custom objects' },
      { mode: 'store_only' as const, case: 'in store-only mode' },
    ])('writes how many promises were kept out of those judged $case', ({ mode }) => {
      const plan = planWriteBack({ ...input, mode, onboarding: judged([true, false, true]) });
      expect(plan.deals).toEqual([{ id: '7', known: {}, desired: { promisesKept: 2, promisesTotal: 3 } }]);
    });

    it.each([
      { case: 'before any promise is judged', verdicts: [null, null], dealId: '7' },
      { case: 'for an onboarding no deal started', verdicts: [true], dealId: null },
    ])('writes nothing $case', ({ verdicts, dealId }) => {
      expect(planWriteBack({ ...input, dealId, onboarding: judged(verdicts) }).deals).toEqual([]);
    });

    it('writes only the count that differs from what the deal holds', () => {
      const known = { ...nothingKnown, deal: { promisesKept: 1, promisesTotal: 2, handoffReadiness: 100 } };
      const plan = planWriteBack({ ...input, known, onboarding: judged([true, true]) });
      expect(plan.deals.map((write) => write.desired)).toEqual([{ promisesKept: 2 }]);
    });
  });

  it('sends a changed field with the evaluation time', () => {
    const plan = planWriteBack({ ...input, known: { ...nothingKnown, company: { ...fields, healthScore: 1 } } });
    expect(plan.companies[0]?.desired).toEqual({ healthScore: fields.healthScore, lastEvaluatedAt: now });
  });

  it('names each signal record by its type in words, the name HubSpot lists it by', () => {
    const plan = planWriteBack(input);
    expect(plan.signals.map((write) => write.desired.name)).toEqual(
      assessment.signals.map((signal) => toWordsLabel(signal.type)),
    );
  });

  it.each([
    { record: 'an open signal still raised', raised: true, status: 'open' as const },
    { record: 'an open signal no longer raised', raised: false, status: 'open' as const },
    { record: 'a resolved signal', raised: false, status: 'resolved' as const },
  ])('gives a name to $record an earlier release wrote without one', ({ raised, status }) => {
    const raisedType = assessment.signals[0]?.type;
    if (raisedType === undefined) throw new Error('the onboarding raises no signal at day 20');
    const type = raised ? raisedType : 'usage_drop';
    const earlier: StoredSignal = {
      key: `42:${type}`,
      name: null,
      type,
      severity: 'warning',
      status,
      detectedAt: now - 86_400_000,
      resolvedAt: status === 'resolved' ? now - 3_600_000 : null,
      snoozedUntil: null,
      evidence: 'Seen before.',
      action: 'Act.',
      history: null,
      escalationLevel: 0,
    };
    const plan = planWriteBack({ ...input, known: { ...nothingKnown, signals: new Map([[earlier.key, earlier]]) } });
    expect(plan.signals.find((write) => write.desired.key === earlier.key)?.desired.name).toBe(toWordsLabel(type));
  });

  it('leaves a named resolved signal record alone', () => {
    const resolved: StoredSignal = {
      key: '42:usage_drop',
      name: 'Usage drop',
      type: 'usage_drop',
      severity: 'warning',
      status: 'resolved',
      detectedAt: now - 86_400_000,
      resolvedAt: now - 3_600_000,
      snoozedUntil: null,
      evidence: 'Logins fell.',
      action: 'Check with end users.',
      history: null,
      escalationLevel: 0,
    };
    const plan = planWriteBack({ ...input, known: { ...nothingKnown, signals: new Map([[resolved.key, resolved]]) } });
    expect(plan.signals.find((write) => write.desired.key === resolved.key)).toBeUndefined();
  });

  it('writes the signal record with its handling history, one line per change, oldest first', () => {
    const raised = assessment.signals[0];
    if (raised === undefined) throw new Error('the onboarding raises no signal at day 20');
    const signalHandling = [
      {
        type: raised.type,
        note: 'Called the sponsor',
        resolvedAt: now - 3_600_000,
        history: [
          { at: Date.UTC(2026, 2, 1, 9), authorId: '77', action: 'acknowledged' as const, note: null },
          { at: Date.UTC(2026, 2, 2, 9), authorId: '77', action: 'resolved' as const, note: 'Called the sponsor' },
          { at: Date.UTC(2026, 2, 3, 9), authorId: null, action: 'reopened' as const, note: null },
        ],
      },
    ];

    const plan = planWriteBack({ ...input, signalHandling });

    expect(plan.signals.find((write) => write.desired.type === raised.type)?.desired.history).toBe(
      [
        '2026-03-01T09:00:00Z · Acknowledged · user 77',
        '2026-03-02T09:00:00Z · Resolved · user 77 · Called the sponsor',
        '2026-03-03T09:00:00Z · Reopened · Liftoff',
      ].join('\n'),
    );
  });

  it('writes a milestone as the engine judged it: done on the day its rule held, not done when a person said so', () => {
    const withRules = buildOnboarding({
      companyId: '42',
      milestones: [
        buildMilestone({ id: 'login', kind: 'first_login', dueDate: dateOfDay(14) }),
        buildMilestone({ id: 'refused', kind: 'first_login', dueDate: dateOfDay(14), manual: 'not_done' }),
      ],
      activity: { ...buildOnboarding().activity, logins: [buildLogin({ at: atDay(3) })] },
    });
    const { activity: _ignored, ...plain } = withRules;

    const plan = planWriteBack({ ...input, onboarding: plain, assessment: evaluateOnboarding(withRules, now) });

    const completedAt = (id: string) => plan.milestones.find((write) => write.desired.id === id)?.desired.completedAt;
    expect(completedAt('login')).toBe(atDay(3));
    expect(completedAt('refused')).toBeNull();
  });

  it('resolves a known open signal whose condition no longer holds', () => {
    const stale: StoredSignal = {
      key: '42:usage_drop',
      name: 'Usage drop',
      type: 'usage_drop',
      severity: 'warning',
      status: 'open',
      detectedAt: now - 86_400_000,
      resolvedAt: null,
      snoozedUntil: null,
      evidence: 'Logins fell.',
      action: 'Check with end users.',
      history: null,
      escalationLevel: 0,
    };
    const plan = planWriteBack({ ...input, known: { ...nothingKnown, signals: new Map([[stale.key, stale]]) } });
    expect(plan.signals.find((write) => write.desired.key === stale.key)).toEqual({
      companyId: '42',
      dealId: '7',
      known: stale,
      desired: { ...stale, status: 'resolved', resolvedAt: now, escalationLevel: 0 },
    });
  });

  it('writes only company properties in store-only mode', () => {
    const plan = planWriteBack({ ...input, mode: 'store_only' });
    expect(plan.companies).toHaveLength(1);
    expect([...plan.signals, ...plan.criteria, ...plan.milestones]).toEqual([]);
  });
});

describe('which failed jobs are retried', () => {
  it.each([
    ['crm_write_failed', true],
    ['merge_refused', false],
    ['unknown_portal', false],
  ] as const)('%s → retried: %s', (code, retried) => {
    expect(isRetryableSyncError(code)).toBe(retried);
  });
});
