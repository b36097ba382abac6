import type { RequestHandler } from 'express';
import { toSettingsView } from '../../onboarding/views/to-settings-view.ts';
import type { SettingsResponse } from '../../onboarding/views/to-settings-view.ts';
import { saveSettings } from '../../onboarding/settings/save-settings.ts';
import type { SettingsDeps } from '../../onboarding/settings/save-settings.ts';
import { saveSettingsBodySchema } from '../schemas/settings-bodies.ts';
import { parseCardInput } from '../schemas/parse-card-input.ts';
import { readCardActor, sendActionResult } from './cards-request.ts';

/** GET /api/cards/settings — the signed portal's settings; defaults for a portal never configured. */
export function createGetSettingsHandler(deps: SettingsDeps): RequestHandler {
  return async (_req, res) => {
    const actor = readCardActor(res);
    const body: SettingsResponse = toSettingsView(await deps.store.portalSettings.get(actor.portalId), deps.templates);
    res.json(body);
  };
}

/** PUT /api/cards/settings — saves thresholds, templates and the usage mapping; answers the saved settings. */
export function createSaveSettingsHandler(deps: SettingsDeps): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const input = parseCardInput(saveSettingsBodySchema, req.body, 'body');
    const result = await saveSettings(deps, actor.portalId, input);
    sendActionResult(res, result, (settings): SettingsResponse => toSettingsView(settings, deps.templates));
  };
}
