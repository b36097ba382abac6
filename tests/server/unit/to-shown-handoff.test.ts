import { describe, expect, it } from 'vitest';
import type { Handoff } from '@liftoff/shared/domain/index';
import { toHandoffFacts } from '../../../server/src/onboarding/handoff/to-handoff-facts.ts';
import { toShownHandoff } from '../../../server/src/onboarding/handoff/to-shown-handoff.ts';
import type { ShownHandoff } from '../../../server/src/onboarding/handoff/to-shown-handoff.ts';
import type { DealContacts } from '../../../server/src/onboarding/ports/index.ts';
import { evaluateHandoffReadiness } from '@liftoff/shared/engine/index';
import { buildDealContact, buildDealContacts } from '../../support/build-deal-contacts.ts';
import { buildHandoff, buildHandoffContact, buildHandoffCriterion } from '../../support/build-handoff.ts';

const promise = buildHandoffCriterion({ id: 'acme-promise-1', name: 'Weekly active users' });

/** A deal HubSpot holds with an end user, a technical influencer and a labelled validation owner, and one promise. */
const labelled = buildDealContacts({
  contacts: [
    buildDealContact({ contactId: '9101', name: 'Ana Ruiz', roles: ['end_user'] }),
    buildDealContact({ contactId: '9102', name: 'Ben Okafor', roles: ['technical_influencer'] }),
    buildDealContact({ contactId: '9103', name: 'Cy Lee', roles: ['sponsor', 'validation_owner'] }),
  ],
  promises: [promise],
});

const rolesOf = (shown: ShownHandoff) => shown.contacts.map((contact) => [contact.contactId, contact.roles]);

describe('toShownHandoff: what sales saved wins, HubSpot fills in what sales has not said', () => {
  it.each<[string, Handoff | null, DealContacts | null, Partial<ShownHandoff>]>([
    [
      'a deal neither saved nor mirrored shows nothing',
      null,
      null,
      { criteria: [], contacts: [], validationOwnerContactId: null },
    ],
    [
      'a deal never saved shows the promises HubSpot holds and the owner its labels name',
      null,
      labelled,
      { criteria: [promise], validationOwnerContactId: '9103' },
    ],
    [
      'saved promises replace HubSpot’s, even when sales removed them all',
      buildHandoff({ criteria: [], contacts: [], validationOwnerContactId: null }),
      labelled,
      { criteria: [], validationOwnerContactId: '9103' },
    ],
    [
      'the owner sales named wins over the labelled one',
      buildHandoff({ contacts: [], validationOwnerContactId: '9101' }),
      labelled,
      { validationOwnerContactId: '9101' },
    ],
    [
      'a labelled owner sales listed without naming is no owner: sales said so',
      buildHandoff({
        contacts: [buildHandoffContact({ contactId: '9103', roles: ['sponsor'] })],
        validationOwnerContactId: null,
      }),
      labelled,
      { validationOwnerContactId: null },
    ],
  ])('%s', (_name, handoff, dealContacts, expected) => {
    expect(toShownHandoff(handoff, dealContacts)).toMatchObject(expected);
  });

  it('gives the contacts sales has not listed the roles of their labels, the validation owner named apart', () => {
    expect(rolesOf(toShownHandoff(null, labelled))).toEqual([
      ['9101', ['end_user']],
      ['9102', ['technical_influencer']],
      ['9103', ['sponsor']],
    ]);
  });

  it('keeps the roles sales set on a listed contact over its labels, even none, listed first', () => {
    const handoff = buildHandoff({
      contacts: [
        buildHandoffContact({ contactId: '9102', roles: ['economic_decision_maker'] }),
        buildHandoffContact({ contactId: '9101', roles: [] }),
      ],
    });

    expect(rolesOf(toShownHandoff(handoff, labelled))).toEqual([
      ['9102', ['economic_decision_maker']],
      ['9101', []],
      ['9103', ['sponsor']],
    ]);
  });

  it('scores the labels like tags made in the card: circles and owner count before anything is saved', () => {
    const readiness = evaluateHandoffReadiness(toHandoffFacts(toShownHandoff(null, labelled)));

    // One measurable promise of 3 (13 of 40) with a baseline (15), the end-user and technical circles (20 of 30; a
    // sponsor is no circle), the owner (15).
    expect(readiness.score).toBe(63);
    expect(readiness.missing.map((gap) => gap.code)).toEqual(['criteria_count', 'circles']);
  });
});
