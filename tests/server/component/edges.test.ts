import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../../server/src/http/start-server.ts';
import { buildOnboarding, withoutActivity } from '../../support/build-onboarding.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { grantUsageApiKey } from '../../support/start-usage-app.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/** The service's edges under hostile input: escapes, malformed text, huge bodies, replays, shutdown. */
let app: CardsTestApp;

beforeEach(async () => {
  app = await startCardsTestApp();
});

afterEach(async () => {
  await app.stop();
});

/** pino's numeric level of `error`. */
const ERROR_LEVEL = 50;

describe('edges', () => {
  it('a malformed percent-escape in a signed path is a 400, not a 500 logged as an error', async () => {
    const response = await app.call('GET', '/api/cards/companies/%E0%A4%A/onboarding');

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request' } });
    expect(app.logs.filter((line) => line.level >= ERROR_LEVEL)).toEqual([]);
  });

  describe('strings that are not well-formed Unicode', () => {
    const loneSurrogate = 'e1\ud800';

    it('refuses a usage event whose eventId holds a lone surrogate, by index and field, and stores nothing', async () => {
      const apiKey = await grantUsageApiKey(app.store, PORTAL);
      await app.seed(withoutActivity(buildOnboarding()));
      const event = {
        eventId: loneSurrogate,
        type: 'login',
        userId: 'u1',
        companyId: '101',
        timestamp: '2026-03-02T08:30:00Z',
      };
      const post = async () => {
        const response = await fetch(`${app.url}/api/usage/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
          body: JSON.stringify({ events: [event] }),
        });
        return (await response.json()) as {
          accepted: number;
          duplicates: number;
          rejected: number;
          errors: unknown[];
        };
      };

      const first = await post();
      const second = await post();

      expect(first).toMatchObject({ accepted: 0, duplicates: 0, rejected: 1 });
      expect(first.errors).toEqual([
        { index: 0, issues: [{ path: 'eventId', message: expect.stringMatching(/Unicode/) }] },
      ]);
      expect(second).toMatchObject({ accepted: 0, duplicates: 0, rejected: 1 });
      expect((await app.store.activity.getSnapshot(PORTAL, '101')).logins).toEqual([]);
    });

    it('refuses a card action text with a lone surrogate with 400 and the field path', async () => {
      await app.seed(withoutActivity(buildOnboarding()));

      const response = await app.call('POST', '/api/cards/companies/101/checkpoint-notes', {
        body: { milestoneId: null, note: `Call went well ${loneSurrogate}` },
      });

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'invalid_request', issues: [{ path: 'note' }] } });
    });
  });
});

describe('error answers are bounded', () => {
  it('answers a settings body with thousands of invalid entries with the first 20 issues and their count', async () => {
    const thresholds = Array.from({ length: 200 }, () => ({ key: 'k'.repeat(300), value: 'soon' }));

    const response = await app.call('PUT', '/api/cards/settings', { body: { thresholds } });

    expect(JSON.stringify(thresholds).length).toBeGreaterThan(50_000);
    expect(response.status).toBe(400);
    const { error } = response.body as { error: { code: string; issues: unknown[]; issueCount: number } };
    expect(error.code).toBe('invalid_request');
    expect(error.issues).toHaveLength(20);
    expect(error.issueCount).toBe(400);
    expect(JSON.stringify(response.body).length).toBeLessThan(10_000);
  });

  it('answers a 200 KB webhook batch of unreadable events in a few bytes (each is parked with its reason)', async () => {
    const events = Array.from({ length: 2_000 }, () => ({ eventId: 'not-a-number', occurredAt: 'soon' }));

    const response = await app.call('POST', '/webhooks/hubspot', { body: events, portalId: null });

    expect(JSON.stringify(events).length).toBeGreaterThan(50_000);
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body).length).toBeLessThan(1_000);
  });

  it('refuses a HubSpot record id longer than 20 digits with 400 and the field path', async () => {
    const response = await app.call('GET', `/api/cards/companies/${'1'.repeat(1_000)}/onboarding`);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', issues: [{ path: 'companyId' }] } });
  });
});

describe('shutdown says the truth', () => {
  it('reports the connections it had to cut, and none when every request was answered', async () => {
    let arrived: () => void = () => undefined;
    const hanging = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const server = await startServer(
      (req, res) => {
        if (req.url === '/hang') arrived();
        else res.end('ok');
      },
      { port: 0, host: '127.0.0.1' },
    );
    const idle = await startServer((_req, res) => res.end('ok'), { port: 0, host: '127.0.0.1' });
    const stuck = fetch(`${server.url}/hang`).catch(() => 'cut');
    await hanging;
    await (await fetch(`${idle.url}/`)).text();

    const stopped = await server.stop(50);
    const stoppedIdle = await idle.stop(50);

    expect(await stuck).toBe('cut');
    expect(stopped).toEqual({ cutConnections: 1 });
    expect(stoppedIdle).toEqual({ cutConnections: 0 });
  });
});

describe('a signed card action cannot be replayed', () => {
  it('answers a replay of the same signed request 409 and logs the checkpoint note once', async () => {
    await app.seed(withoutActivity(buildOnboarding()));
    const note = { body: { milestoneId: null, note: 'Kick-off went well' } };

    const responses = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      responses.push(await app.call('POST', '/api/cards/companies/101/checkpoint-notes', note));
    }

    expect(responses.map((response) => response.status)).toEqual([200, 409, 409]);
    expect(responses[1]?.body).toMatchObject({ error: { code: 'conflict' } });
    const view = await app.call('GET', '/api/cards/companies/101/onboarding');
    const { checkpointNotes } = (view.body as { onboarding: { checkpointNotes: unknown[] } }).onboarding;
    expect(checkpointNotes).toHaveLength(1);
  });

  it('accepts the same action signed anew (another timestamp)', async () => {
    await app.seed(withoutActivity(buildOnboarding()));
    const note = { body: { milestoneId: null, note: 'Kick-off went well' } };

    const first = await app.call('POST', '/api/cards/companies/101/checkpoint-notes', note);
    const again = await app.call('POST', '/api/cards/companies/101/checkpoint-notes', {
      ...note,
      timestamp: app.clock.now() + 1,
    });
    const replayed = await app.call('POST', '/api/cards/companies/101/checkpoint-notes', note);

    expect([first.status, again.status, replayed.status]).toEqual([200, 200, 409]);
  });
});
