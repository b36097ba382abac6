import { describe, expect, it } from 'vitest';
import type { WritePlan } from '../../../server/src/onboarding/ports/crm-gateway.ts';
import { createSandboxCrm } from '../../../server/src/sandbox/create-sandbox-crm.ts';
import { createSandboxPortal } from '../../../server/src/sandbox/create-sandbox-portal.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';

const now = Date.UTC(2026, 2, 2, 9);
const emptyPlan: WritePlan = { companies: [], deals: [], criteria: [], milestones: [], signals: [], stakeholders: [] };

function createCrm() {
  const clock = createFixedClock(now);
  const portal = createSandboxPortal({ seed: 42, size: 27, now });
  return { clock, portal, crm: createSandboxCrm(portal.records, clock) };
}

describe('sandbox CRM (the CRM port in memory)', () => {
  it('holds every customer as before its deal was won: the deal in negotiation, no close date; unknown ids left out', async () => {
    const { crm } = createCrm();
    const deals = await crm.readDeals(['5001', '999']);
    expect(deals).toEqual([
      expect.objectContaining({ id: '5001', isClosedWon: false, closeDate: null, primaryCompanyId: '1001' }),
    ]);
  });

  it('reads a company context with stakeholders from association labels, and no activity before the script adds it', async () => {
    const { crm } = createCrm();
    const [context] = await crm.readCompanyContexts(['1001', 'nope']);
    expect(context?.companyId).toBe('1001');
    expect(context?.stakeholders.length).toBeGreaterThan(0);
    expect(context?.stakeholders.every((s) => s.lastEngagedAt === null)).toBe(true);
    expect(context?.stakeholders.flatMap((s) => s.roles)).toContain('validation_owner');
    expect([context?.engagements, context?.tickets, context?.criteria, context?.milestones]).toEqual([[], [], [], []]);
  });

  it("names each company's CSM among the sandbox's owners, the customer-success team", async () => {
    const { crm } = createCrm();
    const contexts = await crm.readCompanyContexts(['1001', '1002', '1003']);
    const read = await crm.readOwners();
    const owners = read.ok ? read.value : [];

    expect(new Set(contexts.map((context) => context.ownerId)).size).toBe(3);
    expect(owners.map((owner) => owner.id).sort()).toEqual(contexts.map((context) => context.ownerId).sort());
    expect(owners.every((owner) => owner.name !== null && owner.teams[0]?.name === 'Customer Success')).toBe(true);
  });

  it('records what people do in HubSpot: an engagement, a ticket opened then closed, a contact engaged, each found by the pull', async () => {
    const { crm, clock } = createCrm();
    const [before] = await crm.readCompanyContexts(['1001']);
    const contactId = before?.stakeholders[0]?.contactId ?? '';
    const at = clock.now() + 60_000;
    const ticket = { id: 't1', openedAt: at, closedAt: null, priority: 'high' as const, category: 'sso' };
    crm.logEngagement('1001', { at, type: 'email', direction: 'outbound', connected: false, contactId: null }, at);
    crm.saveTicket('1001', ticket, at);
    crm.saveTicket('1001', { ...ticket, closedAt: at + 1 }, at + 1);
    crm.markContactEngaged(contactId, at + 2);

    const [context] = await crm.readCompanyContexts(['1001']);
    expect(context?.engagements).toHaveLength(1);
    expect(context?.tickets).toEqual([{ ...ticket, closedAt: at + 1 }]);
    expect(context?.stakeholders.find((s) => s.contactId === contactId)?.lastEngagedAt).toBe(at + 2);
    expect(await crm.findChangedCompanies(at)).toEqual({ companyIds: ['1001'], watermark: at + 2 });
  });

  it('holds one open deal whose company carries sales promises and tagged stakeholders', async () => {
    const { crm, portal } = createCrm();
    const [dealId] = portal.openDealIds;
    const [deal] = await crm.readDeals([dealId ?? '']);
    expect(deal).toMatchObject({ isClosedWon: false, closeDate: null, primaryCompanyId: '1028' });
    const [context] = await crm.readCompanyContexts(['1028']);
    expect(context?.criteria).toHaveLength(3);
    expect(context?.criteria.every((c) => c.source === 'sales_promise' && c.target !== null)).toBe(true);
    expect(context?.stakeholders.flatMap((s) => s.roles)).toEqual(
      expect.arrayContaining(['economic_decision_maker', 'end_user', 'technical_influencer', 'validation_owner']),
    );
  });

  it('reads a deal’s contacts as its company’s, labels included (no email), and none for an unknown deal', async () => {
    const { crm, portal } = createCrm();
    const dealId = portal.openDealIds[0] ?? '';
    const [context] = await crm.readCompanyContexts(['1028']);
    const expected = (context?.stakeholders ?? []).map(({ contactId, name, roles }) => ({
      contactId,
      name,
      email: null,
      roles,
    }));
    expect(expected.length).toBeGreaterThan(0);
    expect(await crm.readDealContacts([dealId, '404'], { promises: false })).toEqual([
      {
        dealId,
        dealName: 'Northstar Robotics GmbH – annual plan',
        primaryCompanyId: '1028',
        contacts: expected,
        promises: [],
      },
      { dealId: '404', dealName: null, primaryCompanyId: null, contacts: [], promises: [] },
    ]);
  });

  it('reads an open deal’s sales promises from its criterion records when asked, as a custom-objects portal holds them', async () => {
    const { crm, portal } = createCrm();
    const dealId = portal.openDealIds[0] ?? '';

    const [deal] = await crm.readDealContacts([dealId], { promises: true });

    expect(deal?.promises.map((promise) => [promise.id, promise.name, promise.baseline, promise.target])).toEqual([
      [`handoff-${dealId}-c1`, 'Order processing time', 12, 6],
      [`handoff-${dealId}-c2`, 'Weekly active planners', 0, 15],
      [`handoff-${dealId}-c3`, 'Automated reorders', 10, 60],
    ]);
  });

  it('wins a deal as a sales rep would: closed-won, close date set to that moment, no longer open', async () => {
    const { crm, portal, clock } = createCrm();
    const dealId = portal.openDealIds[0] ?? '';
    expect(crm.setDealStage(dealId, 'closedwon', clock.now())).toBe(true);
    expect(crm.setDealStage('404', 'closedwon', clock.now())).toBe(false);
    expect(await crm.readDeals([dealId])).toEqual([expect.objectContaining({ isClosedWon: true, closeDate: now })]);
    expect(crm.listOpenDeals().map((deal) => deal.id)).not.toContain(dealId);
  });

  it('writes only fields that differ and makes no write for an unchanged plan', async () => {
    const { crm } = createCrm();
    expect(await crm.applyWritePlan(emptyPlan)).toEqual([]);
    const unchanged = { id: '1001', known: { healthScore: 80 }, desired: { healthScore: 80 } };
    expect(await crm.applyWritePlan({ ...emptyPlan, companies: [unchanged] })).toEqual([]);
    const changed = {
      id: '1001',
      known: { healthScore: 80 },
      desired: { healthScore: 60, riskLevel: 'medium' as const },
    };
    expect(await crm.applyWritePlan({ ...emptyPlan, companies: [changed] })).toEqual([
      { target: 'company', id: '1001', ok: true },
    ]);
    const [context] = await crm.readCompanyContexts(['1001']);
    expect(context?.fields).toEqual({ healthScore: 60, riskLevel: 'medium' });
  });

  it('refuses a field write to an unknown company with not_found', async () => {
    const { crm } = createCrm();
    const write = { id: '404', known: {}, desired: { healthScore: 1 } };
    expect(await crm.applyWritePlan({ ...emptyPlan, companies: [write] })).toEqual([
      { target: 'company', id: '404', ok: false, error: { code: 'not_found', message: 'no company 404' } },
    ]);
  });

  it('creates a signal record, then finds its company among the changes since the write', async () => {
    const { crm, clock } = createCrm();
    clock.advance(60_000);
    const signal = {
      key: '1001:no_baseline',
      name: 'No baseline',
      type: 'no_baseline' as const,
      severity: 'info' as const,
      status: 'open' as const,
      detectedAt: clock.now(),
      resolvedAt: null,
      snoozedUntil: null,
      evidence: 'A criterion has no baseline.',
      action: 'Capture the baseline.',
      history: null,
      escalationLevel: 0 as const,
    };
    const plan = { ...emptyPlan, signals: [{ companyId: '1001', dealId: '5001', known: null, desired: signal }] };
    expect(await crm.applyWritePlan(plan)).toEqual([{ target: 'signal', id: '1001:no_baseline', ok: true }]);
    const [context] = await crm.readCompanyContexts(['1001']);
    expect(context?.signals).toEqual([signal]);
    expect(await crm.findChangedCompanies(clock.now())).toEqual({ companyIds: ['1001'], watermark: clock.now() });
    expect(await crm.findChangedCompanies(clock.now() + 1)).toEqual({ companyIds: [], watermark: clock.now() + 1 });
  });

  it('never lets a caller mutate its records through what it returned or was given', async () => {
    const { crm, portal } = createCrm();
    const companyId = portal.records.companies.at(-1)?.id ?? '';
    const [context] = await crm.readCompanyContexts([companyId]);
    context?.criteria.splice(0);
    portal.records.criteria.splice(0);
    const [again] = await crm.readCompanyContexts([companyId]);
    expect(again?.criteria.length).toBeGreaterThan(0);
  });
});
