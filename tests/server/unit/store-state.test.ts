import { describe, expect, it } from 'vitest';
import type { PortalSettings } from '../../../server/src/onboarding/ports/index.ts';
import { atDay } from '../../support/build-onboarding.ts';
import { buildAssessment, OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';
import { useTestStores } from '../../support/use-test-stores.ts';

const openStore = useTestStores();

function buildSettings(overrides: Partial<PortalSettings> = {}): PortalSettings {
  return {
    portalId: PORTAL,
    mode: 'store_only',
    thresholds: { noFirstLoginDay: 10 },
    templates: { default: { milestones: [{ kind: 'checkpoint_d7', day: 7 }] } },
    usagePropertyMapping: { lastLoginAt: 'app_last_login' },
    usageApiKeyHashes: ['sha256:aa'],
    ...overrides,
  };
}

describe('assessment store', () => {
  it('keeps the last assessment per company', async () => {
    const { store } = await openStore();
    await store.assessments.save(PORTAL, buildAssessment('101', atDay(8)));
    await store.assessments.save(PORTAL, buildAssessment('101', atDay(9)));
    await store.assessments.save(PORTAL, buildAssessment('102', atDay(9)));
    await store.assessments.save(OTHER_PORTAL, buildAssessment('103', atDay(9)));
    expect(await store.assessments.get(PORTAL, '101')).toEqual(buildAssessment('101', atDay(9)));
    expect((await store.assessments.list(PORTAL)).map((assessment) => assessment.companyId)).toEqual(['101', '102']);
    expect(await store.assessments.get(OTHER_PORTAL, '101')).toBeNull();
  });
});

describe('sync state store', () => {
  it('keeps a watermark per portal and stream', async () => {
    const { store } = await openStore();
    await store.syncState.setWatermark(PORTAL, 'companies', '2026-03-01T00:00:00.000Z');
    await store.syncState.setWatermark(PORTAL, 'companies', '2026-03-02T00:00:00.000Z');
    expect(await store.syncState.getWatermark(PORTAL, 'companies')).toBe('2026-03-02T00:00:00.000Z');
    expect(await store.syncState.getWatermark(PORTAL, 'tickets')).toBeNull();
    expect(await store.syncState.getWatermark(OTHER_PORTAL, 'companies')).toBeNull();
  });

  it('merges known HubSpot values per object and forgets deleted objects', async () => {
    const { store } = await openStore();
    await store.syncState.rememberValues(PORTAL, 'companies', [
      { objectId: '101', values: { liftoff_risk_level: 'low', liftoff_day: '3' } },
      { objectId: '102', values: { liftoff_risk_level: 'high' } },
    ]);
    await store.syncState.rememberValues(PORTAL, 'companies', [
      { objectId: '101', values: { liftoff_risk_level: 'medium', liftoff_next_action: null } },
    ]);
    await store.syncState.forgetObjects(PORTAL, 'companies', ['102']);
    const known = await store.syncState.getKnownValues(PORTAL, 'companies', ['101', '102', '103']);
    expect(Object.fromEntries(known)).toEqual({
      '101': { liftoff_risk_level: 'medium', liftoff_day: '3', liftoff_next_action: null },
    });
    expect((await store.syncState.getKnownValues(OTHER_PORTAL, 'companies', ['101'])).size).toBe(0);
  });
});

describe('portal settings store', () => {
  it('reads back the settings it was given', async () => {
    const { store } = await openStore();
    await store.portalSettings.put(buildSettings());
    expect(await store.portalSettings.get(PORTAL)).toEqual(buildSettings());
    expect(await store.portalSettings.get(OTHER_PORTAL)).toBeNull();
  });

  it('finds the portal of a usage API key by its hash', async () => {
    const { store } = await openStore();
    await store.portalSettings.put(buildSettings({ usageApiKeyHashes: ['sha256:aa', 'sha256:bb'] }));
    await store.portalSettings.put(buildSettings({ portalId: OTHER_PORTAL, usageApiKeyHashes: ['sha256:cc'] }));
    expect(await store.portalSettings.findPortalIdByUsageKeyHash('sha256:bb')).toBe(PORTAL);
    expect(await store.portalSettings.findPortalIdByUsageKeyHash('sha256:cc')).toBe(OTHER_PORTAL);
    await store.portalSettings.put(buildSettings({ usageApiKeyHashes: [] }));
    expect(await store.portalSettings.findPortalIdByUsageKeyHash('sha256:bb')).toBeNull();
  });

  it('records the mode set up for a new portal with empty settings, and keeps the rest when it changes', async () => {
    const { store } = await openStore();
    await store.portalSettings.setMode(OTHER_PORTAL, 'custom_objects');
    expect(await store.portalSettings.get(OTHER_PORTAL)).toEqual({
      portalId: OTHER_PORTAL,
      mode: 'custom_objects',
      thresholds: {},
      templates: {},
      usagePropertyMapping: {},
      usageApiKeyHashes: [],
    });
    await store.portalSettings.put(buildSettings());
    await store.portalSettings.setMode(PORTAL, 'custom_objects');
    expect(await store.portalSettings.get(PORTAL)).toEqual(buildSettings({ mode: 'custom_objects' }));
  });
});
