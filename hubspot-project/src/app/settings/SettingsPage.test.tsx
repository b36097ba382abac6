import { afterEach, describe, expect, it, vi } from 'vitest';
import { Alert, Button, Checkbox, Input, LoadingSpinner, NumberInput, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { SettingsPage } from './SettingsPage.tsx';
import { buildSettingsView } from '../cards/test-support/build-card-views.ts';
import { fireEvent } from '../cards/test-support/fire-event.ts';
import { readText } from '../cards/test-support/read-text.ts';
import { readFetchCall, stubHubspotFetch, toJsonResponse } from '../cards/test-support/stub-hubspot-fetch.ts';

const settingsUrl = 'https://liftoff.example.com/api/cards/settings';

async function renderLoaded(...answers: unknown[]) {
  const spy = stubHubspotFetch(...answers);
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
      },
    });
    expect(readText(renderer.findByTestId(Alert, 'action-outcome'))).toBe('Settings saved.');
  });

  it('rotates the usage key and shows the new key once', async () => {
    const renderer = await renderLoaded(buildSettingsView(), {
      apiKey: 'lk_live_0123456789abcdef',
      usageKey: { configured: true, lastFour: 'cdef' },
    });
    renderer.findByTestId(Button, 'rotate-usage-key').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'new-usage-key')).not.toBeNull());
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${settingsUrl}/usage-key`,
      method: 'POST',
      body: undefined,
    });
    expect(readText(renderer.findByTestId(Alert, 'new-usage-key'))).toBe('lk_live_0123456789abcdef');
    expect(renderer.findByTestId(Text, 'usage-key').text).toBe('Active key ending in cdef');
  });
});
