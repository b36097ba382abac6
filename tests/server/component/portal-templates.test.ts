import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnboardingCardResponse, OnboardingView } from '@liftoff/shared/contract/index';
import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';
import { saveSettings } from '../../../server/src/onboarding/settings/save-settings.ts';
import type { SaveSettingsInput } from '../../../server/src/onboarding/settings/save-settings.ts';
import { startOnboarding } from '../../../server/src/onboarding/sync/start-onboarding.ts';
import { createSandboxCrm } from '../../../server/src/sandbox/create-sandbox-crm.ts';
import { CLOSED_WON_STAGE_ID, SANDBOX_PIPELINE_ID } from '../../../server/src/sandbox/sandbox-records.ts';
import { createSandboxRecords } from '../../../server/src/sandbox/create-sandbox-records.ts';
import { instant } from '../../support/build-onboarding.ts';
import { createTestStore, PORTAL } from '../../support/create-test-store.ts';
import { signRequest } from '../../support/sign-request.ts';
import { startTestApp } from '../../support/start-test-app.ts';
import { CLIENT_SECRET, PUBLIC_BASE_URL, startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/** RevOps made the SMB quick start the portal's default and counts exports as one of its key features. */
const smbAsDefault: SaveSettingsInput = {
  templates: [
    { id: 'smb', keyFeatures: ['dashboards', 'exports'], isDefault: true },
    { id: 'standard', keyFeatures: ['reports', 'automations', 'imports'], isDefault: false },
  ],
};

describe('a closed-won deal on a portal with its own template settings', () => {
  const records = createSandboxRecords({
    companies: [{ id: '101', name: 'Acme', domain: null, fields: {} }],
    deals: [
      {
        id: '501',
        name: 'Acme — annual',
        pipelineId: SANDBOX_PIPELINE_ID,
        stageId: CLOSED_WON_STAGE_ID,
        closeDate: instant('2026-03-02T08:00:00.000Z'),
        primaryCompanyId: '101',
        fields: {},
      },
    ],
  });

  it("starts the onboarding from the portal's default template with the portal's key features", async () => {
    const { store, clock } = await createTestStore();
    await saveSettings({ store, clock, templates: defaultTemplates }, PORTAL, smbAsDefault);

    const outcome = await startOnboarding({ store, crm: createSandboxCrm(records, clock), clock }, PORTAL, '501');

    expect(outcome).toEqual({ ok: true, value: { status: 'started', companyId: '101' } });
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.templateId).toBe('smb');
    expect(stored?.onboarding.keyFeatures).toEqual(['dashboards', 'exports']);
    await store.close();
  });

  it('starts from the playbook catch-all with its key features for a portal that changed nothing', async () => {
    const { store, clock } = await createTestStore();

    await startOnboarding({ store, crm: createSandboxCrm(records, clock), clock }, PORTAL, '501');

    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.templateId).toBe('standard');
    expect(stored?.onboarding.keyFeatures).toEqual(['reports', 'automations', 'imports']);
    await store.close();
  });
});

describe('the company card on a portal with its own template settings', () => {
  let app: CardsTestApp;

  beforeEach(async () => {
    app = await startCardsTestApp();
    const saved = await app.call('PUT', '/api/cards/settings', { body: smbAsDefault });
    expect(saved.status).toBe(200);
  });

  afterEach(async () => {
    await app.stop();
  });

  it("offers the templates with the portal's key features and suggests its default", async () => {
    const response = await app.call('GET', '/api/cards/companies/101/onboarding');

    const body = response.body as OnboardingCardResponse;
    if (body.kind !== 'empty') throw new Error('expected the empty card');
    expect(body.empty.suggestedTemplateId).toBe('smb');
    expect(body.empty.templates.find((template) => template.id === 'smb')?.description).toContain(
      'Key features: dashboards, exports.',
    );
  });

  it("starts the chosen template with the portal's key features", async () => {
    const response = await app.call('POST', '/api/cards/companies/101/onboarding', {
      body: { templateId: 'smb', startDate: '2026-03-02' },
    });

    expect(response.status).toBe(201);
    expect((response.body as OnboardingView).activity.keyFeatures).toEqual(['dashboards', 'exports']);
    expect((await app.store.onboardings.get(PORTAL, '101'))?.onboarding.keyFeatures).toEqual(['dashboards', 'exports']);
  });
});

describe('the workflow "Start onboarding" action on a portal with its own template settings', () => {
  it("starts from the portal's default template when the workflow names none and the company has no deal", async () => {
    const { store, clock } = await createTestStore();
    await saveSettings({ store, clock, templates: defaultTemplates }, PORTAL, smbAsDefault);
    const server = await startTestApp({
      store,
      clock,
      eventIdPrefix: 'workflow-test',
      crm: { readCompanyDeals: async () => [] },
    });
    const path = '/hubspot/actions/start-onboarding';
    const body = JSON.stringify({
      callbackId: 'ap-1001-1-1-0',
      origin: { portalId: Number(PORTAL), actionDefinitionId: 1, actionDefinitionVersion: 1 },
      object: { objectId: 101, objectType: 'COMPANY' },
      inputFields: {},
    });
    const headers = signRequest({
      method: 'POST',
      url: PUBLIC_BASE_URL + path,
      body,
      clientSecret: CLIENT_SECRET,
      timestamp: clock.now(),
    });

    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

    expect(response.status).toBe(200);
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.templateId).toBe('smb');
    expect(stored?.onboarding.keyFeatures).toEqual(['dashboards', 'exports']);
    await server.stop(1_000);
    await store.close();
  });
});
