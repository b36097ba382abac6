import { describe, expect, it } from 'vitest';
import { atDay, buildEngagement, buildStakeholder, buildTicket, dateOfDay } from '../../support/build-onboarding.ts';
import { buildFeatureUseEvent, buildLoginEvent, OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';
import { useTestStores } from '../../support/use-test-stores.ts';

const openStore = useTestStores();

describe('usage', () => {
  it('stores a usage event once by event id', async () => {
    const { store } = await openStore();
    expect(await store.activity.appendUsage(PORTAL, [buildLoginEvent('l1', atDay(1))])).toEqual({
      accepted: 1,
      duplicates: 0,
    });
    expect(
      await store.activity.appendUsage(PORTAL, [buildLoginEvent('l1', atDay(1)), buildLoginEvent('l2', atDay(2))]),
    ).toEqual({ accepted: 1, duplicates: 1 });
    expect((await store.activity.getSnapshot(PORTAL, '101')).logins).toHaveLength(2);
    expect((await store.activity.getUsageRollup(PORTAL, '101', 0)).days.map((day) => day.logins)).toEqual([1, 1]);
  });

  it('rolls usage up per day with distinct active users and first occurrences', async () => {
    const { store } = await openStore();
    await store.activity.appendUsage(PORTAL, [
      buildLoginEvent('l1', atDay(3)),
      buildLoginEvent('l2', atDay(3) + 60_000),
      buildLoginEvent('l3', atDay(3) + 120_000, { userId: 'u2' }),
      buildFeatureUseEvent('f1', atDay(4), { feature: 'exports' }),
      buildLoginEvent('l0', atDay(2)),
    ]);
    expect(await store.activity.getUsageRollup(PORTAL, '101', dateOfDay(3))).toEqual({
      firstLoginAt: atDay(2),
      firstFeatureUseAt: { exports: atDay(4) },
      days: [
        { day: dateOfDay(3), logins: 3, featureUses: 0, activeUsers: 2 },
        { day: dateOfDay(4), logins: 0, featureUses: 1, activeUsers: 1 },
      ],
    });
  });

  it('keeps the first login and first feature use in the snapshot after raw usage is purged', async () => {
    const { store } = await openStore();
    await store.activity.appendUsage(PORTAL, [
      buildLoginEvent('l1', atDay(1)),
      buildLoginEvent('l2', atDay(2)),
      buildFeatureUseEvent('f1', atDay(1)),
      buildLoginEvent('l3', atDay(130)),
    ]);
    expect(await store.activity.purgeUsage(atDay(10))).toBe(3);
    const snapshot = await store.activity.getSnapshot(PORTAL, '101');
    expect(snapshot.logins).toEqual([
      { at: atDay(1), userId: 'u1' },
      { at: atDay(130), userId: 'u1' },
    ]);
    expect(snapshot.featureUses).toEqual([{ at: atDay(1), userId: 'u1', feature: 'reports' }]);
    expect((await store.activity.getUsageRollup(PORTAL, '101', 0)).days).toHaveLength(3);
  });

  it('keeps the first occurrence of an event id repeated within a batch and counts the repeat', async () => {
    const { store } = await openStore();
    expect(
      await store.activity.appendUsage(PORTAL, [
        buildLoginEvent('l1', atDay(1)),
        buildLoginEvent('l1', atDay(2), { userId: 'u2' }),
      ]),
    ).toEqual({ accepted: 1, duplicates: 1 });
    expect((await store.activity.getSnapshot(PORTAL, '101')).logins).toEqual([{ at: atDay(1), userId: 'u1' }]);
    expect((await store.activity.getUsageRollup(PORTAL, '101', 0)).days).toEqual([
      { day: dateOfDay(1), logins: 1, featureUses: 0, activeUsers: 1 },
    ]);
  });

  it('rolls up a 1,200-event batch with redelivered events among new ones exactly once', async () => {
    const { store } = await openStore();
    const events = Array.from({ length: 1_200 }, (_, i) =>
      buildLoginEvent(`l${i}`, atDay(1) + i * 1_000, { userId: `u${i % 7}` }),
    );
    await store.activity.appendUsage(
      PORTAL,
      events.filter((_, i) => i % 3 === 0),
    );
    expect(await store.activity.appendUsage(PORTAL, events)).toEqual({ accepted: 800, duplicates: 400 });
    expect((await store.activity.getSnapshot(PORTAL, '101')).logins).toHaveLength(1_200);
    expect(await store.activity.getUsageRollup(PORTAL, '101', 0)).toEqual({
      firstLoginAt: atDay(1),
      firstFeatureUseAt: {},
      days: [{ day: dateOfDay(1), logins: 1_200, featureUses: 0, activeUsers: 7 }],
    });
  });

  it('counts a user active in two batches of the same day once', async () => {
    const { store } = await openStore();
    await store.activity.appendUsage(PORTAL, [buildLoginEvent('l1', atDay(1))]);
    await store.activity.appendUsage(PORTAL, [
      buildFeatureUseEvent('f1', atDay(1) + 60_000),
      buildLoginEvent('l2', atDay(1) + 120_000, { userId: 'u2' }),
    ]);
    expect((await store.activity.getUsageRollup(PORTAL, '101', 0)).days).toEqual([
      { day: dateOfDay(1), logins: 2, featureUses: 1, activeUsers: 2 },
    ]);
  });

  it('stores nothing of a batch that fails past its first statement', async () => {
    const { store } = await openStore();
    const events = Array.from({ length: 700 }, (_, i) => buildLoginEvent(`l${i}`, atDay(1)));
    const unstorable = buildLoginEvent('bad', Number.NaN);
    await expect(store.activity.appendUsage(PORTAL, [...events, unstorable])).rejects.toThrow();
    expect((await store.activity.getSnapshot(PORTAL, '101')).logins).toEqual([]);
    expect(await store.activity.getUsageRollup(PORTAL, '101', 0)).toEqual({
      firstLoginAt: null,
      firstFeatureUseAt: {},
      days: [],
    });
  });

  it("never reads another portal's usage, even for the same company id", async () => {
    const { store } = await openStore();
    await store.activity.appendUsage(OTHER_PORTAL, [buildLoginEvent('l1', atDay(1))]);
    expect((await store.activity.getSnapshot(PORTAL, '101')).logins).toEqual([]);
    expect(await store.activity.appendUsage(PORTAL, [buildLoginEvent('l1', atDay(1))])).toEqual({
      accepted: 1,
      duplicates: 0,
    });
  });
});

describe('CRM activity', () => {
  it("replaces the company's engagements, tickets and stakeholders whole", async () => {
    const { store } = await openStore();
    await store.activity.replaceCrmActivity(PORTAL, '101', {
      engagements: [buildEngagement(), buildEngagement({ direction: 'inbound', at: atDay(2) })],
      tickets: [buildTicket({ id: 't1' }), buildTicket({ id: 't2' })],
      stakeholders: [buildStakeholder()],
    });
    await store.activity.replaceCrmActivity(PORTAL, '101', {
      engagements: [buildEngagement({ type: 'call', connected: true })],
      tickets: [buildTicket({ id: 't2', closedAt: atDay(3), priority: 'urgent', category: 'billing' })],
      stakeholders: [],
    });
    expect(await store.activity.getSnapshot(PORTAL, '101')).toEqual({
      logins: [],
      featureUses: [],
      engagements: [buildEngagement({ type: 'call', connected: true })],
      tickets: [buildTicket({ id: 't2', closedAt: atDay(3), priority: 'urgent', category: 'billing' })],
    });
  });
});
