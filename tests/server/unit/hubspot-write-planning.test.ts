import { describe, expect, it } from 'vitest';
import type { Criterion, Milestone } from '@liftoff/shared/domain/index';
import type { CompanyOnboardingFields, StoredSignal } from '../../../server/src/onboarding/ports/crm-gateway.ts';
import { decideNextSearchPage } from '../../../server/src/hubspot/reads/decide-next-search-page.ts';
import { HubSpotError } from '../../../server/src/hubspot/client/hubspot-error.ts';
import { companyPropertyCodecs } from '../../../server/src/hubspot/model/liftoff-properties.ts';
import {
  toCriterion,
  toCriterionProperties,
  toMilestone,
  toMilestoneProperties,
  toSignalProperties,
  toStoredSignal,
} from '../../../server/src/hubspot/model/liftoff-records.ts';
import { planPropertyWrites } from '../../../server/src/hubspot/writes/plan-property-writes.ts';
import { toFields, toPropertyValues } from '../../../server/src/hubspot/model/property-codec.ts';
import { writeInBatches } from '../../../server/src/hubspot/writes/write-in-batches.ts';
import type { BatchAnswer } from '../../../server/src/hubspot/writes/write-in-batches.ts';

const day = Date.UTC(2026, 2, 10);

function buildCompanyFields(overrides: Partial<CompanyOnboardingFields> = {}): CompanyOnboardingFields {
  return {
    status: 'in_progress',
    phase: 'activation',
    startDate: day,
    day: 12,
    healthScore: 64,
    riskLevel: 'medium',
    riskReason: 'single_threaded',
    escalationLevel: 1,
    openSignals: 2,
    openSignalTypes: ['single_threaded', 'no_criteria'],
    nextCheckpointDate: day + 18 * 86_400_000,
    criteriaMet: 1,
    criteriaTotal: 3,
    activated: false,
    activationDay: null,
    activatedByD30: null,
    activatedByD60: null,
    activatedByD90: null,
    lastLoginAt: day + 3_600_000,
    logins7d: 4,
    activeUsers7d: 2,
    lastEvaluatedAt: day + 7_200_000,
    nextAction: 'Agree 3-5 measurable criteria with the customer',
    outcome: null,
    outcomeReason: null,
    closedAt: null,
    ...overrides,
  };
}

describe('planPropertyWrites', () => {
  it.each([
    ['sends nothing when HubSpot has every value', { a: '1', b: 'x' }, { a: '1', b: 'x' }, {}],
    ['sends only the changed value', { a: '1', b: 'x' }, { a: '2', b: 'x' }, { a: '2' }],
    ['sends a value HubSpot has never had', {}, { a: '1' }, { a: '1' }],
    ['sends a clearing empty string', { a: '1' }, { a: '' }, { a: '' }],
    ['ignores known properties no longer desired', { a: '1', b: 'x' }, { a: '1' }, {}],
  ])('%s', (_case, known, desired, expected) => {
    expect(planPropertyWrites(known, desired)).toEqual(expected);
  });
});

describe('company property codecs', () => {
  it.each([
    ['in progress', buildCompanyFields()],
    ['closed', buildCompanyFields({ status: 'completed', outcome: 'completed', outcomeReason: null, closedAt: day })],
  ])('reads back what it writes %s, so an unchanged company plans no write', (_case, fields) => {
    const written = toPropertyValues(companyPropertyCodecs, fields);
    const readBack = toFields<CompanyOnboardingFields>(companyPropertyCodecs, written);
    expect(readBack).toEqual({ ...fields, openSignalTypes: ['no_criteria', 'single_threaded'] });
    expect(planPropertyWrites(toPropertyValues(companyPropertyCodecs, readBack), written)).toEqual({});
  });

  it.each<[string, Partial<CompanyOnboardingFields>, Record<string, string>]>([
    ['a health score', { healthScore: 40 }, { liftoff_health_score: '40' }],
    ['a reordered signal-type set as nothing', { openSignalTypes: ['no_criteria', 'single_threaded'] }, {}],
    ['a cleared checkpoint date', { nextCheckpointDate: null }, { liftoff_next_checkpoint_date: '' }],
    ['a risk level', { riskLevel: 'high' }, { liftoff_risk_level: 'high' }],
    [
      'the outcome of a close',
      { status: 'churned', outcome: 'churned', outcomeReason: 'budget', closedAt: day + 3_600_000 },
      {
        liftoff_status: 'churned',
        liftoff_outcome: 'churned',
        liftoff_outcome_reason: 'budget',
        liftoff_closed_at: '2026-03-10T01:00:00.000Z',
      },
    ],
  ])('plans only %s', (_case, change, expected) => {
    const known = toPropertyValues(companyPropertyCodecs, buildCompanyFields());
    const desired = toPropertyValues(companyPropertyCodecs, buildCompanyFields(change));
    expect(planPropertyWrites(known, desired)).toEqual(expected);
  });

  it('reads HubSpot formats: ISO datetimes, YYYY-MM-DD dates, nulls as empty and unknown enum values as absent', () => {
    const fields = toFields<CompanyOnboardingFields>(companyPropertyCodecs, {
      liftoff_last_login_at: '2026-03-10T01:00:00Z',
      liftoff_start_date: '2026-03-10',
      liftoff_next_checkpoint_date: null,
      liftoff_risk_level: 'severe',
      liftoff_health_score: null,
    });
    expect(fields).toEqual({ lastLoginAt: day + 3_600_000, startDate: day, nextCheckpointDate: null });
  });
});

describe('Liftoff record mappers', () => {
  const criterion: Criterion = {
    id: 'c-42:crit-1',
    name: 'Cut onboarding time',
    metric: 'Days to first invoice',
    unit: 'days',
    direction: 'increase',
    baseline: 30,
    target: 10,
    current: null,
    agreedAt: null,
    dueDate: day,
    status: 'in_progress',
    achievedAt: null,
    source: 'sales_promise',
    ownerContactId: '501',
    handedOffTarget: null,
    baselineDate: null,
    baselineEvidence: null,
    currentAt: null,
    promiseKept: null,
  };
  const milestone: Milestone = {
    id: 'c-42:ms-d30',
    name: 'Day-30 checkpoint',
    kind: 'checkpoint_d30',
    dueDate: day,
    completedAt: null,
    skipped: true,
    skipReason: null,
    owner: null,
    completesWhen: null,
    manual: null,
    checklist: [{ label: 'Review usage', done: true }],
    notes: null,
  };
  const signal: StoredSignal = {
    key: 'c-42:no_first_login',
    name: 'No first login',
    type: 'no_first_login',
    severity: 'critical',
    status: 'open',
    detectedAt: day,
    resolvedAt: null,
    snoozedUntil: null,
    evidence: 'No login in 15 days since start (threshold: day 14).',
    action: 'Escalate',
    history: '2026-03-01T09:00:00Z · Acknowledged · user 77',
    escalationLevel: 2,
  };

  it('round-trips a criterion through its properties, keyed by liftoff_key', () => {
    const properties = toCriterionProperties(criterion);
    expect(properties).toMatchObject({ liftoff_key: 'c-42:crit-1', baseline_value: '30', due_date: '2026-03-10' });
    expect(toCriterion(properties)).toEqual(criterion);
  });

  it('writes a milestone status of done, skipped or pending and round-trips it', () => {
    const properties = toMilestoneProperties(milestone);
    expect(properties['status']).toBe('skipped');
    expect(toMilestone(properties)).toEqual(milestone);
    expect(toMilestoneProperties({ ...milestone, completedAt: day })['status']).toBe('done');
    expect(toMilestoneProperties({ ...milestone, skipped: false })['status']).toBe('pending');
  });

  it('round-trips a signal, its type in signal_type and its name (HubSpot’s record name) in name', () => {
    const properties = toSignalProperties(signal);
    expect(properties).toMatchObject({ signal_type: 'no_first_login', name: 'No first login' });
    expect(toStoredSignal(properties)).toEqual(signal);
  });

  it('reads a signal record an earlier release wrote without a name, and plans only its name', () => {
    const { name: _name, ...earlier } = toSignalProperties(signal);
    const read = toStoredSignal(earlier);

    expect(read).toEqual({ ...signal, name: null });
    expect(planPropertyWrites(toSignalProperties(read ?? signal), toSignalProperties(signal))).toEqual({
      name: 'No first login',
    });
  });

  it('plans only the resolution when a signal resolves', () => {
    const resolved = toSignalProperties({ ...signal, status: 'resolved', resolvedAt: day + 1_000 });
    expect(planPropertyWrites(toSignalProperties(signal), resolved)).toEqual({
      status: 'resolved',
      resolved_at: new Date(day + 1_000).toISOString(),
    });
  });

  it('drops a record whose required property is missing', () => {
    expect(toCriterion({ ...toCriterionProperties(criterion), name: null })).toBeNull();
  });
});

describe('decideNextSearchPage', () => {
  const current = { lowerBound: 1_000, operator: 'GTE' as const, after: '0' };
  it.each([
    ['stops on the last page', { current, nextAfter: null, lastModified: 5_000 }, null],
    [
      'follows the cursor under the cap',
      { current, nextAfter: '9800', lastModified: 5_000 },
      { ...current, after: '9800' },
    ],
    [
      'restarts from the newest date seen at the 10,000 cap',
      { current, nextAfter: '10000', lastModified: 5_000 },
      { lowerBound: 5_000, operator: 'GTE', after: '0' },
    ],
    [
      'excludes the date when 10,000 results share it',
      { current, nextAfter: '10000', lastModified: 1_000 },
      { lowerBound: 1_000, operator: 'GT', after: '0' },
    ],
  ])('%s', (_case, progress, expected) => {
    expect(decideNextSearchPage(progress)).toEqual(expected);
  });
});

describe('writeInBatches', () => {
  const items = Array.from({ length: 150 }, (_, index) => ({ key: `k${index}`, input: `k${index}` }));
  const applyAll = (inputs: string[]): Promise<BatchAnswer> =>
    Promise.resolve(new Map(inputs.map((input) => [input, `id-${input}`])));

  it('sends 100 inputs per call', async () => {
    const sizes: number[] = [];
    const outcomes = await writeInBatches(items, (inputs) => {
      sizes.push(inputs.length);
      return applyAll(inputs);
    });
    expect(sizes).toEqual([100, 50]);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
  });

  it('makes no call without inputs', async () => {
    let calls = 0;
    await writeInBatches<string>([], (inputs) => {
      calls += 1;
      return applyAll(inputs);
    });
    expect(calls).toBe(0);
  });

  it('retries only the records a multi-status answer left out, one by one', async () => {
    const sent: string[][] = [];
    const outcomes = await writeInBatches(items.slice(0, 3), (inputs) => {
      sent.push(inputs);
      return inputs.length > 1 ? applyAll(inputs.filter((input) => input !== 'k1')) : applyAll(inputs);
    });
    expect(sent).toEqual([['k0', 'k1', 'k2'], ['k1']]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, true]);
  });

  it('splits a batch refused for a validation error and reports the bad record alone', async () => {
    const invalid = new HubSpotError({ kind: 'bad_request', message: 'Property values were not valid', status: 400 });
    const outcomes = await writeInBatches(items.slice(0, 3), (inputs) =>
      inputs.includes('k2') ? Promise.reject(invalid) : applyAll(inputs),
    );
    expect(outcomes).toEqual([
      { key: 'k0', ok: true, hubSpotId: 'id-k0' },
      { key: 'k1', ok: true, hubSpotId: 'id-k1' },
      { key: 'k2', ok: false, error: { code: 'rejected', message: 'Property values were not valid' } },
    ]);
  });

  it('does not split a batch that failed for an outage: every record reports it', async () => {
    let calls = 0;
    const outage = new HubSpotError({ kind: 'server', message: 'Bad gateway', status: 502 });
    const outcomes = await writeInBatches(items.slice(0, 3), () => {
      calls += 1;
      return Promise.reject(outage);
    });
    expect(calls).toBe(1);
    expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.error.code))).toEqual([
      'unavailable',
      'unavailable',
      'unavailable',
    ]);
  });
});
