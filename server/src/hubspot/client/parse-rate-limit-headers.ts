import { z } from 'zod';

/**
 * HubSpot reports its budget on every response (usage guidelines; not in the OpenAPI documents):
 * X-HubSpot-RateLimit-Max / -Remaining / -Interval-Milliseconds for the rolling window, and
 * -Daily / -Daily-Remaining for token-based private apps. We read them to slow down before a 429.
 */
export interface RateLimitSnapshot {
  max: number;
  remaining: number;
  intervalMs: number;
  dailyMax: number | null;
  dailyRemaining: number | null;
  observedAtMs: number;
}

const countSchema = z
  .string()
  .trim()
  .regex(/^\d+$/)
  .transform((value) => Number(value));

const headersSchema = z.object({
  'x-hubspot-ratelimit-max': countSchema,
  'x-hubspot-ratelimit-remaining': countSchema,
  'x-hubspot-ratelimit-interval-milliseconds': countSchema,
  'x-hubspot-ratelimit-daily': countSchema.optional(),
  'x-hubspot-ratelimit-daily-remaining': countSchema.optional(),
});

/** Returns null when the window headers are missing or malformed (then the local window alone governs). */
export function parseRateLimitHeaders(
  headers: Readonly<Record<string, string>>,
  observedAtMs: number,
): RateLimitSnapshot | null {
  const lowerCased = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  const parsed = headersSchema.safeParse(lowerCased);
  if (!parsed.success || parsed.data['x-hubspot-ratelimit-max'] === 0) return null;
  return {
    max: parsed.data['x-hubspot-ratelimit-max'],
    remaining: parsed.data['x-hubspot-ratelimit-remaining'],
    intervalMs: parsed.data['x-hubspot-ratelimit-interval-milliseconds'],
    dailyMax: parsed.data['x-hubspot-ratelimit-daily'] ?? null,
    dailyRemaining: parsed.data['x-hubspot-ratelimit-daily-remaining'] ?? null,
    observedAtMs,
  };
}
