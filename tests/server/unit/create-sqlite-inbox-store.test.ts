import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../server/src/onboarding/ports/index.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import { buildInboxEvent, createTestStore, OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';

const LEASE_MS = 60_000;
const opened: Store[] = [];
const directories: string[] = [];

async function openStore(path?: string, clock = createFixedClock()) {
  const test = await createTestStore(path === undefined ? { clock } : { path, clock });
  opened.push(test.store);
  return test;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('inbox append', () => {
  it('stores a redelivered event once and counts it as a duplicate', async () => {
    const { store, clock } = await openStore();
    expect(await store.inbox.append([buildInboxEvent({ eventId: 'e1' })], clock.now())).toEqual({
      accepted: 1,
      duplicates: 0,
    });
    expect(
      await store.inbox.append([buildInboxEvent({ eventId: 'e1' }), buildInboxEvent({ eventId: 'e2' })], clock.now()),
    ).toEqual({ accepted: 1, duplicates: 1 });
    expect((await store.inbox.counts(PORTAL)).pending).toBe(2);
  });

  it('treats the same event id from another source or portal as a different event', async () => {
    const { store, clock } = await openStore();
    const result = await store.inbox.append(
      [
        buildInboxEvent({ eventId: 'e1' }),
        buildInboxEvent({ eventId: 'e1', source: 'usage' }),
        buildInboxEvent({ eventId: 'e1', portalId: OTHER_PORTAL }),
      ],
      clock.now(),
    );
    expect(result).toEqual({ accepted: 3, duplicates: 0 });
  });

  it('stores a 1,200-event delivery with redelivered events among new ones, each once', async () => {
    const { store, clock } = await openStore();
    const events = Array.from({ length: 1_200 }, (_, i) => buildInboxEvent({ eventId: `e${i}` }));
    await store.inbox.append(
      events.filter((_, i) => i % 4 === 0),
      clock.now(),
    );
    expect(await store.inbox.append([...events, buildInboxEvent({ eventId: 'e1' })], clock.now())).toEqual({
      accepted: 900,
      duplicates: 301,
    });
    expect((await store.inbox.counts(PORTAL)).pending).toBe(1_200);
  });

  it('inserts nothing from a batch that fails part-way', async () => {
    const { store, clock } = await openStore();
    const stored = Array.from({ length: 600 }, (_, i) => buildInboxEvent({ eventId: `e${i}` }));
    const unserializable = buildInboxEvent({ eventId: 'bad', payload: { amount: 1n } });
    await expect(store.inbox.append([...stored, unserializable], clock.now())).rejects.toThrow();
    expect(await store.inbox.counts(PORTAL)).toEqual({ pending: 0, processing: 0, done: 0, parked: 0 });
  });

  it('gives back the payload and metadata as appended', async () => {
    const { store, clock } = await openStore();
    const event = buildInboxEvent();
    await store.inbox.append([event], clock.now());
    const [claimed] = await store.inbox.claim(10, clock.now(), LEASE_MS);
    expect(claimed).toMatchObject({
      ...event,
      receivedAt: clock.now(),
      status: 'processing',
      attempts: 1,
      lastError: null,
    });
  });
});

describe('inbox claim', () => {
  it('claims due events oldest first and leases them', async () => {
    const { store, clock } = await openStore();
    await store.inbox.append(
      ['a', 'b', 'c'].map((id, i) => buildInboxEvent({ eventId: id, companyId: `c${i}` })),
      clock.now(),
    );
    const claimed = await store.inbox.claim(2, clock.now(), LEASE_MS);
    expect(claimed.map((event) => event.eventId)).toEqual(['a', 'b']);
    expect((await store.inbox.claim(10, clock.now(), LEASE_MS)).map((event) => event.eventId)).toEqual(['c']);
    expect(await store.inbox.claim(10, clock.now(), LEASE_MS)).toEqual([]);
  });

  it("claims a company's later events with its oldest one, so one refresh covers them", async () => {
    const { store, clock } = await openStore();
    await store.inbox.append(
      [
        buildInboxEvent({ eventId: 'a1', companyId: 'A' }),
        buildInboxEvent({ eventId: 'b1', companyId: 'B' }),
        buildInboxEvent({ eventId: 'a2', companyId: 'A' }),
        buildInboxEvent({ eventId: 'c1', companyId: 'C' }),
        buildInboxEvent({ eventId: 'a3', companyId: 'A' }),
      ],
      clock.now(),
    );
    const claimed = await store.inbox.claim(1, clock.now(), LEASE_MS);
    expect(claimed.map((event) => event.eventId)).toEqual(['a1']);
    await store.inbox.complete(claimed.map((event) => event.id));
    const next = await store.inbox.claim(4, clock.now(), LEASE_MS);
    expect(next.map((event) => event.eventId)).toEqual(['b1', 'a2', 'a3', 'c1']);
  });

  it('takes whole company groups while they fit the limit', async () => {
    const { store, clock } = await openStore();
    await store.inbox.append(
      [
        buildInboxEvent({ eventId: 'a1', companyId: 'A' }),
        buildInboxEvent({ eventId: 'b1', companyId: 'B' }),
        buildInboxEvent({ eventId: 'a2', companyId: 'A' }),
        buildInboxEvent({ eventId: 'b2', companyId: 'B' }),
      ],
      clock.now(),
    );
    expect((await store.inbox.claim(3, clock.now(), LEASE_MS)).map((event) => event.eventId)).toEqual(['a1', 'a2']);
  });

  it('skips a company whose events are in flight, so two workers never process it at once', async () => {
    const { store, clock } = await openStore();
    await store.inbox.append([buildInboxEvent({ eventId: 'a1', companyId: 'A' })], clock.now());
    await store.inbox.claim(10, clock.now(), LEASE_MS);
    await store.inbox.append(
      [buildInboxEvent({ eventId: 'a2', companyId: 'A' }), buildInboxEvent({ eventId: 'b1', companyId: 'B' })],
      clock.now(),
    );
    expect((await store.inbox.claim(10, clock.now(), LEASE_MS)).map((event) => event.eventId)).toEqual(['b1']);
  });

  it('claims events without a company one by one, never grouped', async () => {
    const { store, clock } = await openStore();
    await store.inbox.append(
      [buildInboxEvent({ eventId: 'x', companyId: null }), buildInboxEvent({ eventId: 'y', companyId: null })],
      clock.now(),
    );
    expect((await store.inbox.claim(1, clock.now(), LEASE_MS)).map((event) => event.eventId)).toEqual(['x']);
    expect((await store.inbox.claim(1, clock.now(), LEASE_MS)).map((event) => event.eventId)).toEqual(['y']);
  });

  it('gives back the events of a worker killed mid-work once their lease expires (reopened file)', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'liftoff-store-'));
    directories.push(directory);
    const path = join(directory, 'nested', 'liftoff.db');
    const crashed = await openStore(path);
    await crashed.store.inbox.append([buildInboxEvent({ eventId: 'a1' })], crashed.clock.now());
    const leased = await crashed.store.inbox.claim(10, crashed.clock.now(), LEASE_MS);
    expect(leased).toHaveLength(1);
    await crashed.store.close();

    const restarted = await openStore(path, createFixedClock(crashed.clock.now()));
    expect(await restarted.store.inbox.claim(10, restarted.clock.now() + LEASE_MS - 1, LEASE_MS)).toEqual([]);
    const recovered = await restarted.store.inbox.claim(10, restarted.clock.now() + LEASE_MS, LEASE_MS);
    expect(recovered.map((event) => ({ eventId: event.eventId, attempts: event.attempts }))).toEqual([
      { eventId: 'a1', attempts: 2 },
    ]);
  });
});

describe('inbox outcomes', () => {
  it('retries a failed event from its retry instant, keeping the error', async () => {
    const { store, clock } = await openStore();
    await store.inbox.append([buildInboxEvent()], clock.now());
    const [event] = await store.inbox.claim(10, clock.now(), LEASE_MS);
    await store.inbox.fail(event!.id, 'HubSpot 503', clock.now() + 30_000);
    expect(await store.inbox.claim(10, clock.now() + 29_999, LEASE_MS)).toEqual([]);
    const [retried] = await store.inbox.claim(10, clock.now() + 30_000, LEASE_MS);
    expect(retried).toMatchObject({ attempts: 2, lastError: 'HubSpot 503', nextAttemptAt: clock.now() + 30_000 });
  });

  it('parks a failed event with no retry and keeps its error visible', async () => {
    const { store, clock } = await openStore();
    await store.inbox.append([buildInboxEvent()], clock.now());
    const [event] = await store.inbox.claim(10, clock.now(), LEASE_MS);
    await store.inbox.fail(event!.id, 'payload rejected: missing objectId', null);
    expect(await store.inbox.claim(10, clock.now() + 86_400_000, LEASE_MS)).toEqual([]);
    expect(await store.inbox.listParked(PORTAL)).toEqual([
      expect.objectContaining({
        eventId: 'e1:o7:@1772441940000',
        status: 'parked',
        lastError: 'payload rejected: missing objectId',
      }),
    ]);
    expect(await store.inbox.counts(PORTAL)).toEqual({ pending: 0, processing: 0, done: 0, parked: 1 });
  });

  it('returns released events to the queue without counting the attempt', async () => {
    const { store, clock } = await openStore();
    await store.inbox.append([buildInboxEvent()], clock.now());
    const leased = await store.inbox.claim(10, clock.now(), LEASE_MS);
    await store.inbox.release(leased.map((event) => event.id));
    const [again] = await store.inbox.claim(10, clock.now(), LEASE_MS);
    expect(again).toMatchObject({ eventId: 'e1:o7:@1772441940000', attempts: 1 });
  });

  it('keeps done events as duplicates until they are purged', async () => {
    const { store, clock } = await openStore();
    await store.inbox.append([buildInboxEvent()], clock.now());
    const leased = await store.inbox.claim(10, clock.now(), LEASE_MS);
    await store.inbox.complete(leased.map((event) => event.id));
    expect(await store.inbox.append([buildInboxEvent()], clock.now())).toEqual({ accepted: 0, duplicates: 1 });
    expect(await store.inbox.purgeDone(clock.now())).toBe(0);
    expect(await store.inbox.purgeDone(clock.now() + 1)).toBe(1);
    expect(await store.inbox.append([buildInboxEvent()], clock.now())).toEqual({ accepted: 1, duplicates: 0 });
  });

  it("never shows one portal's parked events or counts to another", async () => {
    const { store, clock } = await openStore();
    await store.inbox.append([buildInboxEvent({ portalId: OTHER_PORTAL })], clock.now());
    const [event] = await store.inbox.claim(10, clock.now(), LEASE_MS);
    await store.inbox.fail(event!.id, 'boom', null);
    expect(await store.inbox.listParked(PORTAL)).toEqual([]);
    expect(await store.inbox.counts(PORTAL)).toEqual({ pending: 0, processing: 0, done: 0, parked: 0 });
    expect((await store.inbox.counts(OTHER_PORTAL)).parked).toBe(1);
  });
});
