import { describe, expect, it } from 'vitest';
import { toInboxReport } from '../../../server/src/cli/to-inbox-report.ts';
import type { InboxEvent } from '../../../server/src/onboarding/ports/index.ts';

const parkedEvent: InboxEvent = {
  id: 7,
  portalId: '1001',
  source: 'hubspot',
  eventId: '42',
  kind: 'crm.change',
  companyId: '101',
  occurredAt: Date.parse('2026-03-02T09:00:00Z'),
  payload: {},
  change: { kind: 'company_changed', companyId: '101' },
  receivedAt: Date.parse('2026-03-02T09:00:01Z'),
  status: 'parked',
  attempts: 5,
  nextAttemptAt: Date.parse('2026-03-02T10:00:00Z'),
  lastError: 'HubSpot refused 1 write(s): company 101: validation',
};

describe('the inbox report', () => {
  it('counts events by status and shows each parked event with the error that parked it', () => {
    const report = toInboxReport('1001', { pending: 2, processing: 0, done: 40, parked: 1 }, [parkedEvent]);
    expect(report).toContain('2 pending, 0 processing, 40 done, 1 parked');
    expect(report).toContain(
      '#7 hubspot crm.change company_changed (42) company 101, received 2026-03-02T09:00:01.000Z, 5 attempt(s)',
    );
    expect(report).toContain('HubSpot refused 1 write(s): company 101: validation');
  });

  it('says nothing more when nothing is parked', () => {
    expect(toInboxReport('1001', { pending: 0, processing: 0, done: 3, parked: 0 }, [])).not.toContain('Parked events');
  });
});
