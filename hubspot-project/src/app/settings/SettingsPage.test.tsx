import { afterEach, describe, expect, it, vi } from 'vitest';
import { Alert, Button, Checkbox, Input, LoadingSpinner, NumberInput, Text, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { SettingsPage } from './SettingsPage.tsx';
import { buildSettingsView } from '../packages/test-support/build-card-views.ts';
import { fireEvent } from '../packages/test-support/fire-event.ts';
import { readText } from '../packages/test-support/read-text.ts';
import { readFetchCall, stubHubspotFetch, toJsonResponse } from '../packages/test-support/stub-hubspot-fetch.ts';

const settingsUrl = 'https://liftoff.example.com/api/cards/settings';

async function renderLoaded(...answers: unknown[]) {
  const spy = stubHubspotFetch(hubspot, ...answers);
  const renderer = createRenderer('settings');
  renderer.render(<SettingsPage />);
  await renderer.waitFor(() => expect(renderer.maybeFind(LoadingSpinner)).toBeNull());
  return { ...renderer, spy };
}

afterEach(() => vi.restoreAllMocks());

describe('SettingsPage', () => {
  it('shows the service error as an alert', async () => {
    const { findByTestId } = await renderLoaded(
      toJsonResponse({ error: { code: 'internal', message: 'Settings store unavailable.' } }, 500),
    );
    expect(readText(findByTestId(Alert, 'card-failure'))).toContain('Settings store unavailable.');
  });

  it('saves thresholds and templates with PUT /api/cards/settings', async () => {
    const renderer = await renderLoaded(buildSettingsView(), buildSettingsView());
    expect(readFetchCall(renderer.spy, 0)).toMatchObject({ url: settingsUrl, method: 'GET' });
    fireEvent(renderer.find(NumberInput, { name: 'threshold-no_first_login.day' }), 'onChange', 10);
    fireEvent(renderer.find(Input, { name: 'key-features-standard' }), 'onChange', 'reports, dashboards');
    fireEvent(renderer.find(Checkbox, { name: 'default-standard' }), 'onChange', true);
    renderer.findByTestId(Button, 'save-settings').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'action-outcome')).not.toBeNull());
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: settingsUrl,
      method: 'PUT',
      body: {
        thresholds: [
          { key: 'no_first_login.day', value: 10 },
          { key: 'usage_drop.percent', value: 50 },
        ],
        templates: [{ id: 'standard', keyFeatures: ['reports', 'dashboards'], isDefault: true }],
        usagePropertyMapping: {},
        ownerProperty: null,
      },
    });
    expect(readText(renderer.findByTestId(Alert, 'action-outcome'))).toBe('Settings saved.');
  });

  it.each([
    ['custom_objects', /HubSpot custom objects \(installed with --records hubspot/],
    ['store_only', /Liftoff's store.*installed with --records store/],
    [null, /Not set up yet/],
  ] as const)('shows the mode the setup command recorded (%s), named as the install choice', async (mode, text) => {
    const renderer = await renderLoaded(buildSettingsView({ mode }));

    expect(renderer.findByTestId(Text, 'portal-mode').text).toMatch(text);
  });

  it('offers a property for each usage input and each key feature, filled from the saved mapping', async () => {
    const renderer = await renderLoaded(
      buildSettingsView({
        usagePropertyMapping: { logins7d: 'weekly_logins', featureLastUsedAt: { exports: 'exports_last_used' } },
      }),
    );

    expect(renderer.find(Input, { name: 'mapping-logins7d' }).props.value).toBe('weekly_logins');
    expect(renderer.find(Input, { name: 'mapping-lastLoginAt' }).props.value).toBe('');
    expect(renderer.find(Input, { name: 'mapping-feature-reports' }).props.value).toBe('');
    expect(renderer.find(Input, { name: 'mapping-feature-exports' }).props.value).toBe('exports_last_used');
  });

  it('saves the usage mapping with the settings, leaving blank inputs out', async () => {
    const renderer = await renderLoaded(
      buildSettingsView({ usagePropertyMapping: { logins7d: 'weekly_logins' } }),
      buildSettingsView(),
    );
    fireEvent(renderer.find(Input, { name: 'mapping-lastLoginAt' }), 'onChange', ' last_login_date ');
    fireEvent(renderer.find(Input, { name: 'mapping-logins7d' }), 'onChange', '');
    fireEvent(renderer.find(Input, { name: 'mapping-feature-reports' }), 'onChange', 'reports_last_used');
    renderer.findByTestId(Button, 'save-settings').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'action-outcome')).not.toBeNull());

    expect(readFetchCall(renderer.spy, 1).body).toMatchObject({
      usagePropertyMapping: { lastLoginAt: 'last_login_date', featureLastUsedAt: { reports: 'reports_last_used' } },
    });
    expect(readFetchCall(renderer.spy, 1).body).not.toHaveProperty('usagePropertyMapping.logins7d');
  });

  it('shows the saved owner property and saves another one naming the CSM', async () => {
    const renderer = await renderLoaded(buildSettingsView({ ownerProperty: 'csm_owner' }), buildSettingsView());
    expect(renderer.find(Input, { name: 'owner-property' }).props.value).toBe('csm_owner');

    fireEvent(renderer.find(Input, { name: 'owner-property' }), 'onChange', ' success_manager ');
    renderer.findByTestId(Button, 'save-settings').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'action-outcome')).not.toBeNull());

    expect(readFetchCall(renderer.spy, 1).body).toMatchObject({ ownerProperty: 'success_manager' });
  });

  it('saves an emptied owner property as null: the company owner names the CSM again', async () => {
    const renderer = await renderLoaded(buildSettingsView({ ownerProperty: 'csm_owner' }), buildSettingsView());

    fireEvent(renderer.find(Input, { name: 'owner-property' }), 'onChange', '  ');
    renderer.findByTestId(Button, 'save-settings').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'action-outcome')).not.toBeNull());

    expect(readFetchCall(renderer.spy, 1).body).toMatchObject({ ownerProperty: null });
  });

  it.each([
    ['its last four characters', { configured: true, lastFour: 'a1b2', validKeys: 1 }, 'Active key ending in a1b2.'],
    [
      'how many keys are valid during a switch-over',
      { configured: true, lastFour: 'a1b2', validKeys: 2 },
      'Active key ending in a1b2; 2 keys valid.',
    ],
    [
      'that a key is active when its last four are unknown',
      { configured: true, lastFour: null, validKeys: 1 },
      'A key is active (created before Liftoff kept its last four characters).',
    ],
    ['that no key exists yet', { configured: false, lastFour: null, validKeys: 0 }, 'No key yet.'],
  ])('shows %s', async (_label, usageKey, text) => {
    const renderer = await renderLoaded(buildSettingsView({ usageKey }));

    expect(renderer.findByTestId(Text, 'usage-key').text).toBe(text);
  });

  it('rotates the usage key, replacing the previous one, and shows the new key once', async () => {
    const renderer = await renderLoaded(buildSettingsView(), {
      apiKey: 'lk_live_0123456789abcdef',
      usageKey: { configured: true, lastFour: 'cdef', validKeys: 1 },
    });
    renderer.findByTestId(Button, 'rotate-usage-key').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'new-usage-key')).not.toBeNull());
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${settingsUrl}/usage-key`,
      method: 'POST',
      body: { keepPrevious: false },
    });
    expect(readText(renderer.findByTestId(Alert, 'new-usage-key'))).toBe('lk_live_0123456789abcdef');
    expect(renderer.findByTestId(Text, 'usage-key').text).toBe('Active key ending in cdef.');
    expect(readText(renderer.findByTestId(Alert, 'action-outcome'))).toContain('the previous one no longer works');
  });

  it('keeps the previous key valid when the admin asks, and says so', async () => {
    const renderer = await renderLoaded(buildSettingsView(), {
      apiKey: 'lk_live_fedcba9876543210',
      usageKey: { configured: true, lastFour: '3210', validKeys: 2 },
    });
    fireEvent(renderer.find(Checkbox, { name: 'keep-previous' }), 'onChange', true);
    renderer.findByTestId(Button, 'rotate-usage-key').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'new-usage-key')).not.toBeNull());

    expect(readFetchCall(renderer.spy, 1).body).toEqual({ keepPrevious: true });
    expect(renderer.findByTestId(Text, 'usage-key').text).toBe('Active key ending in 3210; 2 keys valid.');
    expect(readText(renderer.findByTestId(Alert, 'action-outcome'))).toContain('previous keys stay valid');
  });

  it('creates a first key without offering to keep a previous one', async () => {
    const renderer = await renderLoaded(
      buildSettingsView({ usageKey: { configured: false, lastFour: null, validKeys: 0 } }),
    );

    expect(renderer.maybeFind(Checkbox, { name: 'keep-previous' })).toBeNull();
    expect(readText(renderer.findByTestId(Button, 'rotate-usage-key'))).toBe('Create a key');
  });
});
