import type { Request, RequestHandler } from 'express';
import type { z } from 'zod';
import type { RotateUsageKeyResponse } from '@liftoff/shared/contract/index';
import { rotateUsageApiKey } from '../../onboarding/usage/rotate-usage-api-key.ts';
import { toSettingsView } from '../../onboarding/views/to-settings-view.ts';
import type { SettingsDeps } from '../../onboarding/settings/save-settings.ts';
import { HttpError } from '../http-error.ts';
import { readRawBody } from '../middleware/raw-body.ts';
import { parseCardInput } from '../schemas/parse-card-input.ts';
import { rotateUsageKeyBodySchema } from '../schemas/settings-bodies.ts';
import { readCardActor } from './cards-request.ts';

/** The body is optional (no body = replace the previous keys); a body, when sent, must be JSON. */
function readRotateOptions(req: Request): z.output<typeof rotateUsageKeyBodySchema> {
  if (readRawBody(req).length === 0) return {};
  if (!req.is('application/json')) throw new HttpError('unsupported_media_type', 'Send the body as application/json.');
  return parseCardInput(rotateUsageKeyBodySchema, req.body, 'body');
}

/** The rotation's answer: the key in clear this once, and a reminder that it cannot be shown again. */
export interface RotateUsageKeyAnswer extends RotateUsageKeyResponse {
  shownOnce: true;
  message: string;
}

/**
 * POST /api/cards/settings/usage-key — creates the portal's usage API key or rotates it. Only its SHA-256 digest
 * is stored, so this answer is the only time the key is ever shown; by default the previous keys stop working.
 */
export function createRotateUsageKeyHandler(deps: SettingsDeps): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const keepPrevious = readRotateOptions(req).keepPrevious ?? false;
    const rotated = await rotateUsageApiKey(deps.store.portalSettings, actor.portalId, { keepPrevious });
    const view = toSettingsView(await deps.store.portalSettings.get(actor.portalId), deps.templates);
    const body: RotateUsageKeyAnswer = {
      apiKey: rotated.apiKey,
      usageKey: view.usageKey,
      shownOnce: true,
      message: keepPrevious
        ? 'Copy this key now: it is shown only once. The previous keys stay valid until the next rotation.'
        : 'Copy this key now: it is shown only once. The previous key no longer works.',
    };
    res.status(201).json(body);
  };
}
