import { describe, expect, it } from 'vitest';
import type { OnboardingStatus } from '@liftoff/shared/domain/index';
import { signalTypes } from '@liftoff/shared/domain/index';
import { decideStatusAfterDeletion } from '../../../server/src/onboarding/sync/apply-company-deletion.ts';
import type { StoredSignal } from '../../../server/src/onboarding/ports/crm-gateway.ts';
import {
  decideCompanyMerge,
  planMergedSignalResolutions,
  toCompanySignalKeys,
} from '../../../server/src/onboarding/sync/plan-company-merge.ts';
import type {
  CompanyMergeDecision,
  CompanyMergeFacts,
} from '../../../server/src/onboarding/sync/plan-company-merge.ts';

const NOW = 1_772_000_000_000;

function buildStoredSignal(overrides: Partial<StoredSignal> = {}): StoredSignal {
  return {
    key: '202:no_first_login',
    name: 'No first login',
    type: 'no_first_login',
    severity: 'high',
    status: 'open',
    detectedAt: NOW - 86_400_000,
    resolvedAt: null,
    snoozedUntil: null,
    evidence: 'No login in 15 days since start (threshold: day 14).',
    action: 'Call the champion.',
    history: null,
    escalationLevel: 1,
    ...overrides,
  };
}

describe('decideCompanyMerge', () => {
  const facts = (overrides: Partial<CompanyMergeFacts>): CompanyMergeFacts => ({
    survivingCompanyId: '101',
    mergedCompanyIds: ['202'],
    survivorHasOnboarding: false,
    mergedWithOnboarding: [],
    ...overrides,
  });

  it.each<[string, Partial<CompanyMergeFacts>, CompanyMergeDecision['kind'], string | null]>([
    ['moves the merged-away onboarding onto a survivor without one', { mergedWithOnboarding: ['202'] }, 'move', '202'],
    [
      'moves the only onboarding of several merged-away companies',
      { mergedCompanyIds: ['202', '303'], mergedWithOnboarding: ['303'] },
      'move',
      '303',
    ],
    ['moves nothing when no merged-away company has an onboarding', {}, 'move', null],
    ['moves nothing when only the survivor has one', { survivorHasOnboarding: true }, 'move', null],
    [
      'refuses when the survivor has its own onboarding',
      { survivorHasOnboarding: true, mergedWithOnboarding: ['202'] },
      'refuse',
      null,
    ],
    [
      'refuses when two merged-away companies each have one',
      { mergedCompanyIds: ['202', '303'], mergedWithOnboarding: ['202', '303'] },
      'refuse',
      null,
    ],
  ])('%s', (_rule, overrides, kind, fromCompanyId) => {
    const decision = decideCompanyMerge(facts(overrides));
    expect(decision.kind).toBe(kind);
    if (decision.kind === 'move') expect(decision.fromCompanyId).toBe(fromCompanyId);
  });

  it('tells the person what was left where and how to settle a refused merge', () => {
    const decision = decideCompanyMerge(facts({ survivorHasOnboarding: true, mergedWithOnboarding: ['202'] }));
    expect(decision).toEqual({ kind: 'refuse', message: expect.any(String) });
    const message = decision.kind === 'refuse' ? decision.message : '';
    expect(message).toContain('company 202 merged into 101 in HubSpot');
    expect(message).toContain('companies 202, 101 each have a Liftoff onboarding');
    expect(message).toContain('Nothing was moved and nothing was written to HubSpot');
    expect(message).toContain('close the others as abandoned');
    expect(message).toContain('then retry this event');
  });
});

describe('planMergedSignalResolutions', () => {
  const plan = (signals: StoredSignal[]) =>
    planMergedSignalResolutions({
      known: new Map(signals.map((signal) => [signal.key, signal])),
      survivingCompanyId: '101',
      now: NOW,
    });

  it.each<StoredSignal['status']>(['open', 'acknowledged', 'snoozed'])(
    'resolves a merged-away %s record, saying where it went',
    (status) => {
      const known = buildStoredSignal({ status });
      expect(plan([known])).toEqual([
        {
          companyId: '101',
          dealId: null,
          known,
          desired: {
            ...known,
            status: 'resolved',
            resolvedAt: NOW,
            escalationLevel: 0,
            action: 'Merged into 101: this signal continues on that company.',
          },
        },
      ]);
    },
  );

  it('leaves an already resolved record alone', () => {
    expect(plan([buildStoredSignal({ status: 'resolved', resolvedAt: NOW - 1 })])).toEqual([]);
  });

  it('keeps each record under its own key (records are addressed by key)', () => {
    const writes = plan([buildStoredSignal(), buildStoredSignal({ key: '202:no_criteria', type: 'no_criteria' })]);
    expect(writes.map((write) => write.desired.key)).toEqual(['202:no_first_login', '202:no_criteria']);
  });
});

describe('toCompanySignalKeys', () => {
  it('names one record key per signal type', () => {
    const keys = toCompanySignalKeys('202');
    expect(keys).toHaveLength(signalTypes.length);
    expect(keys).toContain('202:no_first_login');
  });
});

describe('decideStatusAfterDeletion', () => {
  it.each<[OnboardingStatus, OnboardingStatus]>([
    ['in_progress', 'abandoned'],
    ['completed', 'completed'],
    ['churned', 'churned'],
    ['abandoned', 'abandoned'],
  ])('closes a deleted company’s %s onboarding as %s', (status, expected) => {
    expect(decideStatusAfterDeletion(status)).toBe(expected);
  });
});
