import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/src/http/start-server.ts';
import type { Store } from '../../../server/src/onboarding/ports/index.ts';
import { date } from '../../support/build-onboarding.ts';
import { buildOnboardingRecord, createTestStore, PORTAL } from '../../support/create-test-store.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { signRequest } from '../../support/sign-request.ts';
import { CLIENT_SECRET, PUBLIC_BASE_URL, startTestApp } from '../../support/start-test-app.ts';

let server: RunningServer;
let store: Store;
let clock: FixedClock;

beforeEach(async () => {
  ({ store, clock } = await createTestStore());
  // A company with no deal: inputs left empty fall back to the portal's default template and today
  // (workflow-start-onboarding.test.ts reads deals from the simulated HubSpot).
  server = await startTestApp({ store, clock, eventIdPrefix: 'id', crm: { readCompanyDeals: async () => [] } });
});

afterEach(async () => {
  await server.stop(1_000);
  await store.close();
});

/** The body HubSpot POSTs to an actionUrl when a workflow runs the action on a company (v4 guide). */
function buildActionRequest(inputFields: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}) {
  return {
    callbackId: 'ap-1001-56776413549-7-0',
    origin: { portalId: Number(PORTAL), actionDefinitionId: 10646377, actionDefinitionVersion: 1 },
    context: { source: 'WORKFLOWS', workflowId: 192814114 },
    object: { objectId: 101, objectType: 'COMPANY' },
    inputFields,
    ...overrides,
  };
}

type Signing = 'v3' | 'v2' | 'none' | 'wrong-secret';

async function postAction(action: string, body: unknown, signing: Signing = 'v3') {
  const path = `/hubspot/actions/${action}`;
  const text = JSON.stringify(body);
  const secret = signing === 'wrong-secret' ? 'another-secret' : CLIENT_SECRET;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signing === 'v3' || signing === 'wrong-secret') {
    Object.assign(
      headers,
      signRequest({
        method: 'POST',
        url: PUBLIC_BASE_URL + path,
        body: text,
        clientSecret: secret,
        timestamp: clock.now(),
      }),
    );
  }
  if (signing === 'v2') {
    headers['x-hubspot-signature-version'] = 'v2';
    headers['x-hubspot-signature'] = createHash('sha256')
      .update(`${CLIENT_SECRET}POST${PUBLIC_BASE_URL}${path}${text}`)
      .digest('hex');
  }
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: text });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('workflow action signatures', () => {
  it.each([
    ['start-onboarding', { templateId: 'standard' }],
    ['re-evaluate-onboarding', {}],
    ['acknowledge-signal', { signalType: 'no_first_login' }],
  ])('refuses an unsigned %s with 401 and changes nothing', async (action, inputs) => {
    const response = await postAction(action, buildActionRequest(inputs), 'none');
    expect(response).toMatchObject({ status: 401, body: { error: { code: 'invalid_signature' } } });
    expect(await store.onboardings.get(PORTAL, '101')).toBeNull();
    expect(await store.inbox.counts(PORTAL)).toMatchObject({ pending: 0 });
  });

  it('refuses a request signed with another secret', async () => {
    expect((await postAction('re-evaluate-onboarding', buildActionRequest(), 'wrong-secret')).status).toBe(401);
  });

  it('refuses a v2 signature over another body', async () => {
    const path = '/hubspot/actions/re-evaluate-onboarding';
    const signature = createHash('sha256').update(`${CLIENT_SECRET}POST${PUBLIC_BASE_URL}${path}{}`).digest('hex');
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hubspot-signature-version': 'v2',
        'x-hubspot-signature': signature,
      },
      body: JSON.stringify(buildActionRequest()),
    });
    expect(response.status).toBe(401);
  });

  it('accepts the v2 signature the v4 workflow guide describes', async () => {
    await store.onboardings.save(buildOnboardingRecord());
    const response = await postAction('re-evaluate-onboarding', buildActionRequest(), 'v2');
    expect(response).toMatchObject({ status: 200, body: { outputFields: { hs_execution_state: 'SUCCESS' } } });
  });
});

describe('Start onboarding action', () => {
  it('starts the company onboarding from the template on the start date and returns risk and health', async () => {
    const response = await postAction(
      'start-onboarding',
      buildActionRequest({ templateId: 'enterprise', startDate: String(date('2026-02-16')) }),
    );
    expect(response.status).toBe(200);
    expect(response.body.outputFields).toEqual({
      riskLevel: expect.stringMatching(/^(low|medium|high|critical)$/),
      healthScore: expect.any(Number),
      hs_execution_state: 'SUCCESS',
    });
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored).toMatchObject({ templateId: 'enterprise', onboarding: { startDate: date('2026-02-16') } });
  });

  it('starts today with the catch-all template when the inputs are left empty and the company has no deal', async () => {
    await postAction('start-onboarding', buildActionRequest({ templateId: '', startDate: null }));
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored).toMatchObject({ templateId: 'standard', onboarding: { startDate: date('2026-03-02') } });
  });

  it('refuses with 403 a start on a portal this deployment does not serve, before reading its deals', async () => {
    const other = buildActionRequest({ templateId: 'smb' }, { origin: { portalId: 999, actionDefinitionId: 1 } });
    const response = await postAction('start-onboarding', other);
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'portal_not_served' } } });
    expect(await store.onboardings.get('999', '101')).toBeNull();
  });

  it('answers a retried start with the running onboarding instead of an error', async () => {
    await postAction('start-onboarding', buildActionRequest({ templateId: 'smb' }));
    const again = await postAction('start-onboarding', buildActionRequest({ templateId: 'enterprise' }));
    expect(again).toMatchObject({ status: 200, body: { outputFields: { hs_execution_state: 'SUCCESS' } } });
    expect((await store.onboardings.get(PORTAL, '101'))?.templateId).toBe('smb');
  });

  it('answers another run on a company already onboarding with its outputs, leaving the onboarding as it is', async () => {
    await postAction('start-onboarding', buildActionRequest({ templateId: 'smb' }));
    const other = buildActionRequest({ templateId: 'enterprise' }, { callbackId: 'ap-1001-56776413549-8-0' });
    const again = await postAction('start-onboarding', other);
    expect(again).toMatchObject({ status: 200, body: { outputFields: { hs_execution_state: 'SUCCESS' } } });
    expect((await store.onboardings.get(PORTAL, '101'))?.templateId).toBe('smb');
  });

  it('refuses an unknown template with 400 invalid_request', async () => {
    const response = await postAction('start-onboarding', buildActionRequest({ templateId: 'gold' }));
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });

  it('refuses a body that is not a workflow action request', async () => {
    const response = await postAction('start-onboarding', { object: { objectId: 101 } });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });
});

describe('Re-evaluate onboarding action', () => {
  it('returns risk and health as of now and asks the worker once per callback to write them', async () => {
    await store.onboardings.save(buildOnboardingRecord());
    const first = await postAction('re-evaluate-onboarding', buildActionRequest());
    await postAction('re-evaluate-onboarding', buildActionRequest());
    // Day 28 with no login ever: no_first_login is critical.
    expect(first.body.outputFields).toMatchObject({ riskLevel: 'critical', hs_execution_state: 'SUCCESS' });
    const inbox = await store.inbox.claim(10, clock.now(), 60_000);
    expect(inbox).toMatchObject([{ source: 'workflow', kind: 'workflow.reevaluate_onboarding', companyId: '101' }]);
  });

  it('lets the workflow continue without outputs when the company has no onboarding', async () => {
    const response = await postAction('re-evaluate-onboarding', buildActionRequest());
    expect(response).toMatchObject({ status: 200, body: { outputFields: { hs_execution_state: 'FAIL_CONTINUE' } } });
  });
});

describe('Acknowledge signal action', () => {
  it('acknowledges the open signal of the type, which stops its escalation', async () => {
    await store.onboardings.save(buildOnboardingRecord());
    const response = await postAction('acknowledge-signal', buildActionRequest({ signalType: 'no_first_login' }));
    expect(response.body.outputFields).toMatchObject({ hs_execution_state: 'SUCCESS' });
    const stored = await store.onboardings.get(PORTAL, '101');
    expect(stored?.onboarding.signals).toContainEqual(
      expect.objectContaining({ type: 'no_first_login', status: 'acknowledged' }),
    );
  });

  it('acts once per callback: a replayed v2 request does not acknowledge the signal again once reopened', async () => {
    await store.onboardings.save(buildOnboardingRecord());
    const request = buildActionRequest({ signalType: 'no_first_login' });
    await postAction('acknowledge-signal', request, 'v2');
    const reopen = { status: 'open', snoozedUntil: null, note: null, at: clock.now(), authorId: null } as const;
    await store.onboardings.setSignalState(PORTAL, '101', 'no_first_login', reopen);

    const replay = await postAction('acknowledge-signal', request, 'v2');

    expect(replay).toMatchObject({ status: 200, body: { outputFields: { hs_execution_state: 'SUCCESS' } } });
    expect((await store.onboardings.get(PORTAL, '101'))?.onboarding.signals).toContainEqual(
      expect.objectContaining({ type: 'no_first_login', status: 'open' }),
    );
  });

  it('changes nothing when no signal of the type holds', async () => {
    await store.onboardings.save(buildOnboardingRecord());
    const response = await postAction('acknowledge-signal', buildActionRequest({ signalType: 'too_many_criteria' }));
    expect(response).toMatchObject({ status: 200, body: { outputFields: { hs_execution_state: 'SUCCESS' } } });
    expect((await store.onboardings.get(PORTAL, '101'))?.onboarding.signals).toEqual([]);
  });

  it('refuses a signal type HubSpot does not offer with 400', async () => {
    const response = await postAction('acknowledge-signal', buildActionRequest({ signalType: 'bored' }));
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });
});
