import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler, retention } from '../../../server/src/jobs/create-scheduler.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { buildInboxEvent, createTestStore, PORTAL } from '../../support/create-test-store.ts';
import type { TestStore } from '../../support/create-test-store.ts';

const DAY = 86_400_000;
let test: TestStore;

afterEach(async () => test.store.close());

async function sweepAfter(ms: number) {
  test.clock.advance(ms);
  const scheduler = createScheduler({
    store: test.store,
    portalIds: [PORTAL],
    intervalMs: 3_600_000,
    clock: test.clock,
    sleep: async () => undefined,
    logger: createLogger({ level: 'silent' }),
  });
  return scheduler.sweepOnce();
}

describe('the sweep keeps storage bounded', () => {
  it('purges done inbox events once they are older than the redelivery window, not before', async () => {
    test = await createTestStore();
    await test.store.inbox.append([buildInboxEvent({ eventId: 'old' })], test.clock.now());
    const [claimed] = await test.store.inbox.claim(10, test.clock.now(), 60_000);
    await test.store.inbox.complete([claimed!.id]);

    expect((await sweepAfter(retention.doneEventsMs - DAY)).purgedEvents).toBe(0);
    expect((await sweepAfter(2 * DAY)).purgedEvents).toBe(1);
  });

  it('purges raw usage past its retention while the first login survives for "ever" rules', async () => {
    test = await createTestStore();
    const at = test.clock.now();
    await test.store.activity.appendUsage(PORTAL, [
      { eventId: 'u1', companyId: '101', kind: 'login', at, userId: 'u' },
    ]);

    expect((await sweepAfter(retention.usageMs + DAY)).purgedUsage).toBe(1);
    const snapshot = await test.store.activity.getSnapshot(PORTAL, '101');
    expect(snapshot.logins.map((login) => login.at)).toEqual([at]);
  });
});
