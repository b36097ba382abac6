import { describe, expect, it } from 'vitest';
import type { StakeholderRole } from '@liftoff/shared/domain/index';
import { planStakeholderWrites } from '../../../server/src/onboarding/sync/plan-stakeholder-writes.ts';
import type { KnownStakeholder } from '../../../server/src/onboarding/sync/known-stakeholders.ts';
import { toRefreshedStakeholders } from '../../../server/src/onboarding/sync/to-refreshed-stakeholders.ts';
import { buildStakeholder } from '../../support/build-onboarding.ts';

const held = (roles: StakeholderRole[], kpi: string | null = null): KnownStakeholder => ({ roles, kpi });

describe('planStakeholderWrites: the store’s map against what HubSpot holds', () => {
  it.each<{
    why: string;
    roles: StakeholderRole[];
    kpi: string | null;
    known: KnownStakeholder | undefined;
    add: StakeholderRole[];
    remove: StakeholderRole[];
    sentKpi: string | null | undefined;
  }>([
    {
      why: 'a tagged candidate gets its labels',
      roles: ['sponsor', 'end_user'],
      kpi: null,
      known: held([]),
      add: ['sponsor', 'end_user'],
      remove: [],
      sentKpi: undefined,
    },
    {
      why: 'a dropped role loses only its label',
      roles: ['sponsor'],
      kpi: null,
      known: held(['sponsor', 'end_user']),
      add: [],
      remove: ['end_user'],
      sentKpi: undefined,
    },
    {
      why: 'an empty map untags every Liftoff label',
      roles: [],
      kpi: null,
      known: held(['validation_owner', 'sponsor']),
      add: [],
      remove: ['validation_owner', 'sponsor'],
      sentKpi: undefined,
    },
    {
      why: 'a swapped role adds one and removes the other',
      roles: ['technical_influencer'],
      kpi: null,
      known: held(['end_user']),
      add: ['technical_influencer'],
      remove: ['end_user'],
      sentKpi: undefined,
    },
    {
      why: 'a new KPI is sent alone',
      roles: ['sponsor'],
      kpi: 'Cut costs',
      known: held(['sponsor']),
      add: [],
      remove: [],
      sentKpi: 'Cut costs',
    },
    {
      why: 'a cleared KPI is sent as null',
      roles: [],
      kpi: null,
      known: held([], 'Cut costs'),
      add: [],
      remove: [],
      sentKpi: null,
    },
  ])('$why', ({ roles, kpi, known, add, remove, sentKpi }) => {
    const stakeholder = buildStakeholder({ contactId: '501', roles, kpi });
    const writes = planStakeholderWrites('42', [stakeholder], new Map(known === undefined ? [] : [['501', known]]));
    expect(writes).toEqual([
      { companyId: '42', contactId: '501', addRoles: add, removeRoles: remove, kpi: sentKpi, desired: { roles, kpi } },
    ]);
  });

  it.each<{ why: string; known: KnownStakeholder | undefined }>([
    { why: 'HubSpot already holds the same roles and KPI', known: held(['end_user', 'sponsor'], 'Adoption') },
    { why: 'HubSpot was never read for the contact (the next refresh reads it first)', known: undefined },
  ])('plans no write when $why', ({ known }) => {
    const stakeholder = buildStakeholder({ contactId: '501', roles: ['sponsor', 'end_user'], kpi: 'Adoption' });
    expect(planStakeholderWrites('42', [stakeholder], new Map(known === undefined ? [] : [['501', known]]))).toEqual(
      [],
    );
  });
});

describe('toRefreshedStakeholders: a refresh merges HubSpot into the store’s map, three-way', () => {
  it.each<{
    why: string;
    stored: StakeholderRole[];
    known: StakeholderRole[] | undefined;
    hubspot: StakeholderRole[];
    merged: StakeholderRole[];
  }>([
    {
      why: 'nothing changed anywhere',
      stored: ['sponsor'],
      known: ['sponsor'],
      hubspot: ['sponsor'],
      merged: ['sponsor'],
    },
    {
      why: 'a tag the worker has not written stays',
      stored: ['sponsor', 'end_user'],
      known: ['sponsor'],
      hubspot: ['sponsor'],
      merged: ['end_user', 'sponsor'],
    },
    {
      why: 'an untag the worker has not written stays',
      stored: [],
      known: ['sponsor'],
      hubspot: ['sponsor'],
      merged: [],
    },
    {
      why: 'a label added in HubSpot arrives',
      stored: ['sponsor'],
      known: ['sponsor'],
      hubspot: ['sponsor', 'validation_owner'],
      merged: ['sponsor', 'validation_owner'],
    },
    {
      why: 'a label removed in HubSpot goes',
      stored: ['sponsor', 'end_user'],
      known: ['sponsor', 'end_user'],
      hubspot: ['end_user'],
      merged: ['end_user'],
    },
    {
      why: 'both sides changed different roles: both kept',
      stored: ['sponsor', 'end_user'],
      known: ['sponsor'],
      hubspot: [],
      merged: ['end_user'],
    },
    {
      why: 'nothing known yet: HubSpot is taken as it is',
      stored: ['sponsor'],
      known: undefined,
      hubspot: ['end_user'],
      merged: ['end_user'],
    },
  ])('$why', ({ stored, known, hubspot, merged }) => {
    const local = [buildStakeholder({ contactId: '501', name: 'Old name', roles: stored })];
    const remote = [buildStakeholder({ contactId: '501', name: 'Ana Ruiz', roles: hubspot })];
    const knownMap = new Map(known === undefined ? [] : [['501', held(known)]]);
    expect(toRefreshedStakeholders(local, remote, knownMap)).toEqual([
      expect.objectContaining({ contactId: '501', name: 'Ana Ruiz', roles: merged }),
    ]);
  });

  it('keeps the CSM’s KPI until written, and takes one changed in HubSpot otherwise', () => {
    const local = [
      buildStakeholder({ contactId: '501', kpi: 'Mine' }),
      buildStakeholder({ contactId: '502', kpi: 'Old' }),
    ];
    const remote = [
      buildStakeholder({ contactId: '501', kpi: 'Old' }),
      buildStakeholder({ contactId: '502', kpi: 'From HubSpot' }),
    ];
    const known = new Map([
      ['501', held([], 'Old')],
      ['502', held([], 'Old')],
    ]);
    expect(toRefreshedStakeholders(local, remote, known).map((stakeholder) => stakeholder.kpi)).toEqual([
      'Mine',
      'From HubSpot',
    ]);
  });

  it('drops a contact HubSpot no longer associates, unless it holds a change not written yet', () => {
    const local = [
      buildStakeholder({ contactId: '501', roles: ['sponsor'] }),
      buildStakeholder({ contactId: '502', roles: ['end_user'] }),
      buildStakeholder({ contactId: '503', roles: ['technical_influencer'] }),
    ];
    const known = new Map([['501', held(['sponsor'])]]);
    expect(toRefreshedStakeholders(local, [], known).map((stakeholder) => stakeholder.contactId)).toEqual([
      '502',
      '503',
    ]);
  });

  it('keeps the tagging day while the roles stay the same', () => {
    const local = [buildStakeholder({ contactId: '501', roles: ['sponsor'], taggedAt: 1_000 })];
    const remote = [buildStakeholder({ contactId: '501', roles: ['sponsor'], taggedAt: null })];
    expect(toRefreshedStakeholders(local, remote, new Map([['501', held(['sponsor'])]]))[0]?.taggedAt).toBe(1_000);
  });
});
