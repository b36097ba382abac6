import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '@liftoff/shared/domain/index';
import { evaluateHandoffReadiness } from '@liftoff/shared/engine/index';
import { decideJob } from '../../../server/src/jobs/decide-job.ts';
import type { Job } from '../../../server/src/jobs/job.ts';
import { toSavedHandoff } from '../../../server/src/onboarding/handoff/save-handoff.ts';
import type { SaveHandoffInput } from '../../../server/src/onboarding/handoff/save-handoff.ts';
import type { DealHandoffFields } from '../../../server/src/onboarding/ports/crm-gateway.ts';
import { planHandoffWriteBack } from '../../../server/src/onboarding/handoff/plan-handoff-write-back.ts';
import { toHandoffFacts } from '../../../server/src/onboarding/handoff/to-handoff-facts.ts';
import { toShownHandoff } from '../../../server/src/onboarding/handoff/to-shown-handoff.ts';
import { toPromisedCriteria } from '../../../server/src/onboarding/handoff/to-promised-criteria.ts';
import { toSeededStakeholders } from '../../../server/src/onboarding/handoff/to-seeded-stakeholders.ts';
import { buildHandoff, buildHandoffContact, buildHandoffCriterion, DEAL } from '../../support/build-handoff.ts';
import { date, instant } from '../../support/build-onboarding.ts';
import { buildStakeholder } from '../../support/build-onboarding.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { buildDealContacts } from '../../support/build-deal-contacts.ts';
import type { InboxKind } from '../../../server/src/onboarding/ports/index.ts';

const context = { portalId: PORTAL, dealId: DEAL, userId: '77', now: instant('2026-03-02T09:00:00.000Z') };

function buildInput(overrides: Partial<SaveHandoffInput> = {}): SaveHandoffInput {
  return { criteria: [], contacts: [], validationOwnerContactId: null, ...overrides };
}

const promise = { name: 'Invoices', metric: null, unit: null, baseline: 0, target: 10, dueDate: date('2026-05-01') };

describe('saving a handoff (toSavedHandoff)', () => {
  it('numbers new promises after the highest id the deal already has, and keeps the kept ones', () => {
    const before = {
      handoff: buildHandoff({ criteria: [buildHandoffCriterion({ id: 'handoff-501-c2' })] }),
      dealContacts: null,
      companyStakeholders: [],
    };
    const input = buildInput({ criteria: [promise, { ...promise, id: 'handoff-501-c2' }, promise] });

    const saved = toSavedHandoff(before, input, context);

    expect(saved.ok && saved.value.criteria.map((criterion) => criterion.id)).toEqual([
      'handoff-501-c3',
      'handoff-501-c2',
      'handoff-501-c4',
    ]);
  });

  it('keeps the key of a promise HubSpot held for a deal never saved, and numbers new ones after it', () => {
    const held = buildHandoffCriterion({ id: 'handoff-501-c4' });
    const before = { handoff: null, dealContacts: buildDealContacts({ promises: [held] }), companyStakeholders: [] };
    const input = buildInput({ criteria: [{ ...promise, id: held.id }, promise] });

    const saved = toSavedHandoff(before, input, context);

    expect(saved.ok && saved.value.criteria.map((criterion) => criterion.id)).toEqual([
      'handoff-501-c4',
      'handoff-501-c5',
    ]);
  });

  it('refuses a promise id the deal does not have, naming where', () => {
    const saved = toSavedHandoff(
      { handoff: null, dealContacts: null, companyStakeholders: [] },
      buildInput({ criteria: [{ ...promise, id: 'handoff-999-c1' }] }),
      context,
    );

    expect(saved).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', issues: [{ path: 'criteria.0.id' }] },
    });
  });

  it('keeps the name Liftoff knows for each contact: listed before, else the company stakeholder', () => {
    const before = {
      handoff: buildHandoff({ contacts: [buildHandoffContact({ contactId: '9001', email: 'dana@acme.test' })] }),
      dealContacts: null,
      companyStakeholders: [buildStakeholder({ contactId: '9010', name: 'Noor Admin' })],
    };
    const input = buildInput({
      contacts: [
        { contactId: '9001', roles: ['sponsor'] },
        { contactId: '9010', roles: ['end_user'] },
        { contactId: '9020', roles: [] },
      ],
    });

    const saved = toSavedHandoff(before, input, context);

    expect(saved.ok && saved.value.contacts).toEqual([
      { contactId: '9001', name: 'Dana Buyer', email: 'dana@acme.test', roles: ['sponsor'] },
      { contactId: '9010', name: 'Noor Admin', email: null, roles: ['end_user'] },
      { contactId: '9020', name: null, email: null, roles: [] },
    ]);
  });

  it('names the validation owner by validationOwnerContactId only, dropping a validation_owner role sent with a contact', () => {
    const input = buildInput({
      contacts: [
        { contactId: '9001', roles: ['economic_decision_maker', 'validation_owner'] },
        { contactId: '9002', roles: ['end_user'] },
      ],
      validationOwnerContactId: '9002',
    });

    const saved = toSavedHandoff({ handoff: null, dealContacts: null, companyStakeholders: [] }, input, context);

    expect(saved.ok && saved.value.contacts.map((contact) => contact.roles)).toEqual([
      ['economic_decision_maker'],
      ['end_user'],
    ]);
    expect(saved.ok && saved.value.validationOwnerContactId).toBe('9002');
  });
});

describe('planHandoffWriteBack (diff-only deal properties)', () => {
  const complete = evaluateHandoffReadiness(toHandoffFacts(buildHandoff()));
  const empty = evaluateHandoffReadiness(toHandoffFacts(toShownHandoff(null, null)));
  const emptyMissing = empty.missing.map((gap) => gap.message);

  it.each<[string, Partial<DealHandoffFields>, typeof complete, Partial<DealHandoffFields> | null]>([
    [
      'writes both fields of a deal HubSpot holds nothing for',
      {},
      empty,
      { handoffReadiness: 0, handoffMissing: emptyMissing },
    ],
    [
      'writes nothing when HubSpot already holds the same values',
      { handoffReadiness: 0, handoffMissing: emptyMissing },
      empty,
      null,
    ],
    [
      'writes only the fields that changed',
      { handoffReadiness: 0, handoffMissing: [] },
      complete,
      { handoffReadiness: 100 },
    ],
  ])('%s', (_name, known, readiness, expected) => {
    const plan = planHandoffWriteBack(DEAL, readiness, known);

    expect(plan.deals).toEqual(expected === null ? [] : [{ id: DEAL, known, desired: expected }]);
    expect(plan).toMatchObject({ companies: [], criteria: [], milestones: [], signals: [] });
  });
});

describe('starting from the handoff', () => {
  it('turns each promise into a not-started sales_promise criterion owned by the validation owner, keeping the target promised', () => {
    const handoff = buildHandoff({ criteria: [buildHandoffCriterion()], validationOwnerContactId: '9003' });

    expect(toPromisedCriteria(handoff)).toEqual([
      {
        ...buildHandoffCriterion(),
        direction: 'increase',
        current: null,
        agreedAt: null,
        status: 'not_started',
        achievedAt: null,
        source: 'sales_promise',
        ownerContactId: '9003',
        handedOffTarget: buildHandoffCriterion().target,
        baselineDate: null,
        baselineEvidence: null,
        currentAt: null,
        promiseKept: null,
      },
    ]);
  });

  it.each<[string, Stakeholder[], Stakeholder[]]>([
    [
      'adds the roles sales tagged to a contact HubSpot already labels',
      [buildStakeholder({ contactId: '9001', name: 'Dana B.', roles: ['sponsor'] })],
      [
        buildStakeholder({
          contactId: '9001',
          name: 'Dana B.',
          roles: ['sponsor', 'economic_decision_maker', 'validation_owner'],
        }),
        buildStakeholder({ contactId: '9002', name: 'Eli User', roles: ['end_user'] }),
      ],
    ],
    [
      'adds the tagged contacts HubSpot does not label yet, the owner with validation_owner',
      [],
      [
        buildStakeholder({
          contactId: '9001',
          name: 'Dana Buyer',
          roles: ['economic_decision_maker', 'validation_owner'],
        }),
        buildStakeholder({ contactId: '9002', name: 'Eli User', roles: ['end_user'] }),
      ],
    ],
  ])('%s; a contact listed without a role is not a stakeholder', (_name, labelled, expected) => {
    const handoff = buildHandoff({
      contacts: [
        buildHandoffContact(),
        buildHandoffContact({ contactId: '9002', name: 'Eli User', roles: ['end_user'] }),
        buildHandoffContact({ contactId: '9004', name: 'Untagged', roles: [] }),
      ],
    });

    expect(toSeededStakeholders(labelled, handoff)).toEqual(expected);
  });

  it('keeps HubSpot’s labelled stakeholders as they are when the deal has no handoff', () => {
    const labelled = [buildStakeholder()];

    expect(toSeededStakeholders(labelled, null)).toEqual(labelled);
  });
});

describe('decideJob for card events', () => {
  it.each<[string, { kind: InboxKind; companyId: string | null; payload: unknown }, Job]>([
    [
      'a saved handoff asks for its deal’s write-back',
      { kind: 'card.handoff.saved', companyId: null, payload: { dealId: DEAL, userId: '77' } },
      { kind: 'write_handoff', portalId: PORTAL, dealId: DEAL },
    ],
    [
      'a saved handoff without a deal is ignored',
      { kind: 'card.handoff.saved', companyId: null, payload: {} },
      { kind: 'ignore', reason: 'handoff event without a deal' },
    ],
    [
      'another card action still asks for a re-assessment',
      { kind: 'card.complete_milestone', companyId: '101', payload: {} },
      { kind: 'reassess', portalId: PORTAL, companyId: '101' },
    ],
  ])('%s', (_name, event, expected) => {
    expect(decideJob({ portalId: PORTAL, source: 'card', ...event })).toEqual(expected);
  });
});
