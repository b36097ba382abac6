import { z } from 'zod';
import type { Instant } from '@liftoff/shared/domain/index';
import { toErrorIssues } from '@liftoff/shared/contract/index';
import type { ErrorIssue } from '@liftoff/shared/contract/index';
import type { ParsedUsageEvent } from '../../onboarding/usage/parsed-usage-event.ts';
import { toBareDomain } from '../../onboarding/usage/to-bare-domain.ts';
import { edgeString, isoInstantSchema } from './edge-schemas.ts';

/** docs/PRODUCT.md §6: a request carries at most 1,000 events. */
export const MAX_USAGE_BATCH = 1_000;

/** Clocks drift; an event further in the future than this is refused, as it would distort "the last 7 days". */
export const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;

export interface UsageEventError {
  index: number;
  issues: ErrorIssue[];
}

export type UsageBatchParse =
  { ok: true; events: ParsedUsageEvent[]; errors: UsageEventError[] } | { ok: false; issues: ErrorIssue[] };

const id = edgeString().trim().min(1).max(256);

/** An ISO-8601 instant with its offset (`2026-03-02T09:00:00Z`), or epoch milliseconds. */
const timestampSchema = z.union([isoInstantSchema, z.number().int().nonnegative()]);

const domainSchema = z
  .string()
  .transform(toBareDomain)
  .pipe(edgeString().regex(/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z0-9-]{2,}$/, 'expected a domain such as acme.com'));

const usageEventSchema = z
  .object({
    eventId: id.max(128),
    type: z.enum(['login', 'feature_used']),
    feature: edgeString().trim().min(1).max(128).optional(),
    userId: id,
    companyId: z
      .union([
        z
          .string()
          .trim()
          .regex(/^\d{1,20}$/),
        z.number().int().positive(),
      ])
      .optional(),
    companyDomain: domainSchema.optional(),
    timestamp: timestampSchema,
  })
  .superRefine((event, ctx) => {
    if (event.type === 'feature_used' && event.feature === undefined) {
      ctx.addIssue({ code: 'custom', path: ['feature'], message: "feature_used needs the key feature's key" });
    }
    if ((event.companyId === undefined) === (event.companyDomain === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['companyId'], message: 'give exactly one of companyId or companyDomain' });
    }
  });

const batchSchema = z.object({
  events: z
    .array(z.unknown())
    .min(1, 'send at least one event')
    .max(MAX_USAGE_BATCH, `send at most ${MAX_USAGE_BATCH} events per request`),
});

/**
 * Parses a usage request. The envelope must be `{ events: [...] }` with 1–1,000 items, else the whole request is
 * refused; inside it each event stands alone, so one bad event rejects nothing else and is reported by index.
 */
export function parseUsageBatch(body: unknown, now: Instant): UsageBatchParse {
  const envelope = batchSchema.safeParse(body);
  if (!envelope.success) return { ok: false, issues: toErrorIssues(envelope.error) };
  const events: ParsedUsageEvent[] = [];
  const errors: UsageEventError[] = [];
  envelope.data.events.forEach((item, index) => {
    const parsed = usageEventSchema.safeParse(item);
    if (!parsed.success) {
      errors.push({ index, issues: toErrorIssues(parsed.error) });
      return;
    }
    const event = parsed.data;
    if (event.timestamp > now + MAX_FUTURE_SKEW_MS) {
      errors.push({ index, issues: [{ path: 'timestamp', message: 'is in the future' }] });
      return;
    }
    events.push({
      index,
      eventId: event.eventId,
      kind: event.type === 'login' ? 'login' : 'feature_use',
      at: event.timestamp,
      userId: event.userId,
      feature: event.type === 'feature_used' ? (event.feature ?? null) : null,
      company:
        event.companyId === undefined
          ? { by: 'domain', domain: event.companyDomain ?? '' }
          : { by: 'id', companyId: String(event.companyId) },
    });
  });
  return { ok: true, events, errors };
}
