import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Instant } from '@liftoff/shared/domain/index';
import type { InboxEventInput } from '../../onboarding/ports/index.ts';
import { inboxKind } from '../../onboarding/ports/index.ts';
import { hubSpotWebhookIdSchema, withoutNullFields } from './webhook-event-schema.ts';

/**
 * The inbox row for a webhook event intake cannot read (docs/HUBSPOT.md §0.1): stored, not refused, because a 4xx
 * would cost the whole delivery HubSpot's retries, and parked at once with the reason (each field path and what is
 * wrong with it), so an operator sees it in `npm run inbox`. The raw event is the payload.
 *
 * Its identity is a hash of the raw event without `attemptNumber` (the one field HubSpot changes when it retries),
 * keys sorted, so a redelivery is a duplicate. Its portal is its own `portalId` when that field reads, else the
 * portal of the delivery's other events (`fallbackPortalId`); its time is `occurredAt` when that reads, else receipt.
 */
export function toUnreadableInboxEventInput(
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
  context: { fallbackPortalId: string; receivedAt: Instant },
): InboxEventInput {
  const fields = withoutNullFields(raw);
  const record: Record<string, unknown> = typeof fields === 'object' && fields !== null ? { ...fields } : {};
  const portalId = hubSpotWebhookIdSchema.safeParse(record.portalId);
  const occurredAt = record.occurredAt;
  const reason = `unreadable HubSpot webhook event: ${issues.map(toIssueText).join('; ')}`;
  return {
    portalId: portalId.success ? String(portalId.data) : context.fallbackPortalId,
    source: 'hubspot',
    eventId: `unreadable:${toRawEventHash(raw)}`,
    kind: inboxKind.crmChange,
    companyId: null,
    occurredAt:
      typeof occurredAt === 'number' && Number.isSafeInteger(occurredAt) && occurredAt >= 0
        ? occurredAt
        : context.receivedAt,
    payload: raw,
    change: { kind: 'ignored', reason },
    parkedReason: reason,
  };
}

function toIssueText(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return `${path === '' ? '(the event)' : path}: ${issue.message}`;
}

function toRawEventHash(raw: unknown): string {
  const fields = withoutNullFields(raw);
  const withoutAttempt =
    typeof fields === 'object' && fields !== null && !Array.isArray(fields)
      ? Object.fromEntries(Object.entries(fields).filter(([key]) => key !== 'attemptNumber'))
      : fields;
  return createHash('sha256').update(toCanonicalJson(withoutAttempt)).digest('hex');
}

/** JSON with every object's keys sorted, so the same event hashes the same whatever order its fields came in. */
function toCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toCanonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${toCanonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
