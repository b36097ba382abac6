import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toUsageApiKeyHash } from '../../../server/src/onboarding/usage/create-usage-api-key.ts';
import { OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CallOptions, CardsTestApp } from './cards-test-app.ts';

let app: CardsTestApp;

beforeEach(async () => {
  app = await startCardsTestApp();
});

afterEach(async () => {
  await app.stop();
});

const settingsPath = '/api/cards/settings';
const usageKeyPath = '/api/cards/settings/usage-key';

interface SettingsBody {
  mode: string | null;
  thresholds: { key: string; label: string; value: number; defaultValue: number; unit: string }[];
  thresholdOverrides: Record<string, unknown>;
  templates: { id: string; name: string; keyFeatures: string[]; isDefault: boolean }[];
  usagePropertyMapping: Record<string, unknown>;
  usageKey: { configured: boolean; lastFour: string | null; validKeys: number };
}

interface RotateBody {
  apiKey: string;
  usageKey: { configured: boolean; lastFour: string | null; validKeys: number };
  shownOnce: boolean;
  message: string;
}

async function getSettings(portalId: string = PORTAL): Promise<SettingsBody> {
  const response = await app.call('GET', settingsPath, { portalId });
  expect(response.status).toBe(200);
  return response.body as SettingsBody;
}

function thresholdOf(settings: SettingsBody, key: string) {
  return settings.thresholds.find((threshold) => threshold.key === key);
}

async function rotate(options: CallOptions = {}): Promise<RotateBody> {
  const response = await app.call('POST', usageKeyPath, options);
  expect(response.status).toBe(201);
  return response.body as RotateBody;
}

describe('GET settings', () => {
  it('shows the engine defaults, the playbook templates and no usage key for a portal never configured', async () => {
    const settings = await getSettings();

    expect(settings.mode).toBeNull();
    expect(thresholdOf(settings, 'noFirstLogin.fromDay')).toEqual({
      key: 'noFirstLogin.fromDay',
      label: 'No first login: from day',
      value: 14,
      defaultValue: 14,
      unit: 'days',
    });
    expect(thresholdOf(settings, 'usageDrop.maxRatio')).toMatchObject({ value: 50, defaultValue: 50, unit: 'percent' });
    expect(settings.thresholdOverrides).toEqual({});
    expect(settings.templates).toContainEqual({
      id: 'standard',
      name: 'Standard onboarding',
      keyFeatures: ['reports', 'automations', 'imports'],
      isDefault: true,
    });
    expect(settings.templates.filter((template) => template.isDefault)).toHaveLength(1);
    expect(settings.usagePropertyMapping).toEqual({});
    expect(settings.usageKey).toEqual({ configured: false, lastFour: null, validKeys: 0 });
  });
});

describe('PUT settings: thresholds', () => {
  it('stores only the values that differ from the defaults and answers their effective values', async () => {
    const response = await app.call('PUT', settingsPath, {
      body: {
        thresholds: [
          { key: 'noFirstLogin.fromDay', value: 10 },
          { key: 'usageDrop.maxRatio', value: 40 },
          { key: 'tooManyCriteria.max', value: 5 },
        ],
      },
    });

    expect(response.status).toBe(200);
    const saved = response.body as SettingsBody;
    expect(saved.thresholdOverrides).toEqual({ noFirstLogin: { fromDay: 10 }, usageDrop: { maxRatio: 0.4 } });
    expect(thresholdOf(saved, 'noFirstLogin.fromDay')).toMatchObject({ value: 10, defaultValue: 14 });
    expect(thresholdOf(saved, 'usageDrop.maxRatio')).toMatchObject({ value: 40, defaultValue: 50 });
    expect((await app.store.portalSettings.get(PORTAL))?.thresholds).toEqual(saved.thresholdOverrides);
    expect(await getSettings()).toEqual(saved);
  });

  it('stores no override when the page saves back every threshold as it was shown', async () => {
    const shown = await getSettings();

    const response = await app.call('PUT', settingsPath, {
      body: { thresholds: shown.thresholds.map(({ key, value }) => ({ key, value })) },
    });

    expect(response.status).toBe(200);
    expect((response.body as SettingsBody).thresholdOverrides).toEqual({});
  });

  it('returns a threshold left out of the list to its default', async () => {
    await app.call('PUT', settingsPath, { body: { thresholds: [{ key: 'noFirstLogin.fromDay', value: 10 }] } });

    await app.call('PUT', settingsPath, { body: { thresholds: [{ key: 'noBaseline.fromDay', value: 21 }] } });

    expect((await getSettings()).thresholdOverrides).toEqual({ noBaseline: { fromDay: 21 } });
  });

  it.each([
    ['a negative value', { key: 'noFirstLogin.fromDay', value: -1 }, 'thresholds.1.value'],
    ['an unknown threshold', { key: 'noFirstLogin.fromWeek', value: 2 }, 'thresholds.1.key'],
    ['a threshold listed twice', { key: 'noBaseline.fromDay', value: 3 }, 'thresholds.1.key'],
  ])('answers 400 naming the entry at fault and saves nothing for %s', async (_label, entry, path) => {
    const response = await app.call('PUT', settingsPath, {
      body: { thresholds: [{ key: 'noBaseline.fromDay', value: 20 }, entry] },
    });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: { code: 'invalid_request', message: expect.any(String), issues: [{ path, message: expect.any(String) }] },
    });
    expect(await app.store.portalSettings.get(PORTAL)).toBeNull();
  });

  it('answers 400 with the body path when a value is not a number', async () => {
    const response = await app.call('PUT', settingsPath, {
      body: { thresholds: [{ key: 'noBaseline.fromDay', value: '20' }] },
    });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { issues: [{ path: 'thresholds.0.value' }] } });
  });
});

describe('PUT settings: templates', () => {
  it("saves a template's key features and makes it the default", async () => {
    const response = await app.call('PUT', settingsPath, {
      body: {
        templates: [
          { id: 'standard', keyFeatures: ['reports', 'exports'], isDefault: false },
          { id: 'smb', keyFeatures: ['dashboards'], isDefault: true },
        ],
      },
    });

    expect(response.status).toBe(200);
    const templates = (response.body as SettingsBody).templates;
    expect(templates.find((template) => template.id === 'standard')).toMatchObject({
      keyFeatures: ['reports', 'exports'],
      isDefault: false,
    });
    expect(templates.find((template) => template.id === 'smb')).toMatchObject({
      keyFeatures: ['dashboards'],
      isDefault: true,
    });
  });

  it.each([
    ['an unknown template', [{ id: 'mid-market', keyFeatures: [], isDefault: false }], 'templates.0.id'],
    [
      'two default templates',
      [
        { id: 'standard', keyFeatures: [], isDefault: true },
        { id: 'smb', keyFeatures: [], isDefault: true },
      ],
      'templates',
    ],
    [
      'a feature key with spaces',
      [{ id: 'smb', keyFeatures: ['big reports'], isDefault: false }],
      'templates.0.keyFeatures.0',
    ],
  ])('answers 400 at %s', async (_label, templates, path) => {
    const response = await app.call('PUT', settingsPath, { body: { templates } });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', issues: [{ path }] } });
  });
});

describe('PUT settings: usage property mapping', () => {
  it('saves the mapping from Liftoff inputs to HubSpot company properties', async () => {
    const mapping = {
      lastLoginAt: 'product_last_login',
      logins7d: 'product_logins_7d',
      activeUsers7d: 'product_active_users_7d',
      featureLastUsedAt: { reports: 'product_reports_last_used' },
    };

    const response = await app.call('PUT', settingsPath, { body: { usagePropertyMapping: mapping } });

    expect(response.status).toBe(200);
    expect((response.body as SettingsBody).usagePropertyMapping).toEqual(mapping);
    expect((await app.store.portalSettings.get(PORTAL))?.usagePropertyMapping).toEqual(mapping);
  });

  it('keeps the other sections when only the mapping is saved', async () => {
    await app.call('PUT', settingsPath, { body: { thresholds: [{ key: 'noFirstLogin.fromDay', value: 10 }] } });

    await app.call('PUT', settingsPath, { body: { usagePropertyMapping: { logins7d: 'product_logins_7d' } } });

    expect((await getSettings()).thresholdOverrides).toEqual({ noFirstLogin: { fromDay: 10 } });
  });

  it.each([
    ['a property name in capitals', { logins7d: 'Product_Logins' }, 'usagePropertyMapping.logins7d'],
    ["one of Liftoff's own properties", { logins7d: 'liftoff_logins_7d' }, 'usagePropertyMapping.logins7d'],
    ['an unknown input', { weeklyLogins: 'product_logins_7d' }, 'usagePropertyMapping'],
    [
      'a feature property with a dash',
      { featureLastUsedAt: { reports: 'a-b' } },
      'usagePropertyMapping.featureLastUsedAt.reports',
    ],
  ])('answers 400 at %s', async (_label, usagePropertyMapping, path) => {
    const response = await app.call('PUT', settingsPath, { body: { usagePropertyMapping } });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', issues: [{ path }] } });
    expect(await app.store.portalSettings.get(PORTAL)).toBeNull();
  });
});

describe('POST settings/usage-key', () => {
  it('shows the new key once, stores only its hash and afterwards shows only its last four characters', async () => {
    const rotated = await rotate();

    expect(rotated).toEqual({
      apiKey: expect.stringMatching(/^lfu_/),
      usageKey: { configured: true, lastFour: rotated.apiKey.slice(-4), validKeys: 1 },
      shownOnce: true,
      message: expect.stringContaining('shown only once'),
    });
    const stored = await app.store.portalSettings.get(PORTAL);
    expect(stored?.usageApiKeyHashes).toEqual([toUsageApiKeyHash(rotated.apiKey)]);
    const settings = await app.call('GET', settingsPath);
    expect(JSON.stringify(settings.body)).not.toContain(rotated.apiKey);
    expect(JSON.stringify(settings.body)).not.toContain(toUsageApiKeyHash(rotated.apiKey));
    expect((settings.body as SettingsBody).usageKey).toEqual({
      configured: true,
      lastFour: rotated.apiKey.slice(-4),
      validKeys: 1,
    });
  });

  it("shows the newest key's last four characters after a rotation that keeps the previous key", async () => {
    await rotate();

    const second = await rotate({ body: { keepPrevious: true } });

    expect((await getSettings()).usageKey).toEqual({
      configured: true,
      lastFour: second.apiKey.slice(-4),
      validKeys: 2,
    });
  });

  it('shows no last four characters for a key created before they were recorded', async () => {
    await rotate();
    const stored = await app.store.portalSettings.get(PORTAL);
    if (stored === null) throw new Error('the rotation recorded no settings');
    const { usageKeyLastFour: _recorded, ...before004 } = stored;
    await app.store.portalSettings.put(before004);

    expect((await getSettings()).usageKey).toEqual({ configured: true, lastFour: null, validKeys: 1 });
  });

  it('invalidates the previous key on rotation', async () => {
    const first = await rotate();
    app.clock.advance(1_000); // a second click is signed anew; the same signed request would be a replay (409)

    const second = await rotate();

    const find = (apiKey: string) => app.store.portalSettings.findPortalIdByUsageKeyHash(toUsageApiKeyHash(apiKey));
    expect(await find(first.apiKey)).toBeNull();
    expect(await find(second.apiKey)).toBe(PORTAL);
    expect(second.message).toContain('no longer works');
  });

  it('keeps the previous key valid for the switch-over when asked', async () => {
    const first = await rotate();

    const second = await rotate({ body: { keepPrevious: true } });

    const find = (apiKey: string) => app.store.portalSettings.findPortalIdByUsageKeyHash(toUsageApiKeyHash(apiKey));
    expect(await find(first.apiKey)).toBe(PORTAL);
    expect(await find(second.apiKey)).toBe(PORTAL);
    expect(second.usageKey.validKeys).toBe(2);
  });

  it('answers 400 to an unknown rotation option', async () => {
    const response = await app.call('POST', usageKeyPath, { body: { keepAll: true } });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { issues: [{ path: '' }] } });
  });
});

describe('settings authentication and portal isolation', () => {
  it.each<[string, string, CallOptions]>([
    ['GET', settingsPath, { sign: 'none' }],
    ['PUT', settingsPath, { sign: 'other-secret', body: { thresholds: [] } }],
    ['PUT', settingsPath, { sign: 'tampered-body', body: { thresholds: [{ key: 'noBaseline.fromDay', value: 20 }] } }],
    ['POST', usageKeyPath, { sign: 'none' }],
    ['POST', usageKeyPath, { sign: 'tampered-portal' }],
  ])('answers 401 to %s %s without a valid signature and changes nothing', async (method, path, options) => {
    const response = await app.call(method, path, options);

    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: 'invalid_signature', message: expect.any(String) } });
    expect(await app.store.portalSettings.get(PORTAL)).toBeNull();
    expect(await app.store.portalSettings.get('999')).toBeNull();
  });

  it('shows the settings of the portal this deployment serves when the signed URL carries no portalId', async () => {
    await app.call('PUT', settingsPath, { body: { thresholds: [{ key: 'noFirstLogin.fromDay', value: 10 }] } });

    const response = await app.call('GET', settingsPath, { portalId: null });

    expect(response.status).toBe(200);
    expect((response.body as SettingsBody).thresholdOverrides).toEqual({ noFirstLogin: { fromDay: 10 } });
  });

  it("never shows or changes one portal's settings for another: the other portal is refused with 403", async () => {
    await app.call('PUT', settingsPath, {
      body: {
        thresholds: [{ key: 'noFirstLogin.fromDay', value: 10 }],
        usagePropertyMapping: { logins7d: 'product_logins_7d' },
      },
    });
    const key = await rotate();

    const responses = [
      await app.call('GET', settingsPath, { portalId: OTHER_PORTAL }),
      await app.call('PUT', settingsPath, { body: { thresholds: [] }, portalId: OTHER_PORTAL }),
      await app.call('POST', usageKeyPath, { portalId: OTHER_PORTAL }),
    ];

    expect(responses.map((response) => response.status)).toEqual([403, 403, 403]);
    expect(responses[0]?.body).toMatchObject({ error: { code: 'portal_not_served' } });
    expect(await app.store.portalSettings.get(OTHER_PORTAL)).toBeNull();
    expect(await app.store.portalSettings.findPortalIdByUsageKeyHash(toUsageApiKeyHash(key.apiKey))).toBe(PORTAL);
    expect((await getSettings()).thresholdOverrides).toEqual({ noFirstLogin: { fromDay: 10 } });
  });

  it('refuses a portal named in the body: only the signed URL picks the portal', async () => {
    const response = await app.call('PUT', settingsPath, { body: { portalId: OTHER_PORTAL, thresholds: [] } });

    expect(response.status).toBe(400);
    expect(await app.store.portalSettings.get(OTHER_PORTAL)).toBeNull();
  });
});
