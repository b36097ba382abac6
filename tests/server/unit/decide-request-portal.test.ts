import { describe, expect, it } from 'vitest';
import type { PortalDeployment } from '../../../server/src/config.ts';
import { decideRequestPortal } from '../../../server/src/http/decide-request-portal.ts';

const staticDeployment: PortalDeployment = { mode: 'static', portalId: '1001' };
const multiPortal: PortalDeployment = { mode: 'multi_portal', installedPortalIds: new Set(['1001', '3003']) };

describe('decideRequestPortal', () => {
  it.each<[string, PortalDeployment, string | null, ReturnType<typeof decideRequestPortal>]>([
    ['static: the deployment portal, named', staticDeployment, '1001', { ok: true, value: '1001' }],
    [
      'static: no portal named falls back to the deployment portal',
      staticDeployment,
      null,
      { ok: true, value: '1001' },
    ],
    [
      'static: another portal is not served',
      staticDeployment,
      '2002',
      { ok: false, error: { code: 'portal_not_served', message: expect.stringContaining('portal 2002') } },
    ],
    [
      'static: an empty portal id is another portal, not a fallback',
      staticDeployment,
      '',
      { ok: false, error: { code: 'portal_not_served', message: expect.any(String) } },
    ],
    ['multi-portal: an installed portal', multiPortal, '3003', { ok: true, value: '3003' }],
    [
      'multi-portal: a portal that has not installed the app is not served',
      multiPortal,
      '2002',
      { ok: false, error: { code: 'portal_not_served', message: expect.stringContaining('portal 2002') } },
    ],
    [
      'multi-portal: no portal named is refused, never a fallback',
      multiPortal,
      null,
      { ok: false, error: { code: 'portal_required', message: expect.any(String) } },
    ],
  ])('%s', (_label, deployment, verifiedPortalId, expected) => {
    expect(decideRequestPortal(deployment, verifiedPortalId)).toEqual(expected);
  });
});
