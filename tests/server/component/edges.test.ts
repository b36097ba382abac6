import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/** Issue 12: edges found by the probe, one test per item. */
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
  it('11: a malformed percent-escape in a signed path is a 400, not a 500 logged as an error', async () => {
    const response = await app.call('GET', '/api/cards/companies/%E0%A4%A/onboarding');

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request' } });
    expect(app.logs.filter((line) => line.level >= ERROR_LEVEL)).toEqual([]);
  });
});
