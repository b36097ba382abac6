import type { RequestHandler } from 'express';
import { parseUsageBatch } from '../schemas/parse-usage-batch.ts';
import type { UsageEventError } from '../schemas/parse-usage-batch.ts';
import { recordUsage } from '../../onboarding/usage/record-usage.ts';
import type { RecordUsageDeps, UsageReceipt } from '../../onboarding/usage/record-usage.ts';
import { sendError } from '../http-error.ts';
import { readUsagePortalId } from '../middleware/require-usage-api-key.ts';

/** The answer to a usage batch: what was kept, and why each refused event was refused. */
export interface UsageEventsResponse extends UsageReceipt {
  rejected: number;
  errors: UsageEventError[];
}

/**
 * POST /api/usage/events (behind the usage API key): validates each event on its own, records the valid ones
 * and answers at once with the counts and the per-index errors; assessments follow from the inbox.
 */
export function createUsageEventsHandler(deps: RecordUsageDeps): RequestHandler {
  return async (req, res) => {
    const portalId = readUsagePortalId(res.locals);
    const parsed = parseUsageBatch(req.body, deps.clock.now());
    if (!parsed.ok) {
      sendError(res, 'invalid_request', 'The body must be { "events": [...] } with 1 to 1,000 events.', parsed.issues);
      return;
    }
    const receipt = await recordUsage(deps, portalId, parsed.events);
    const body: UsageEventsResponse = { ...receipt, rejected: parsed.errors.length, errors: parsed.errors };
    res.status(200).json(body);
  };
}
