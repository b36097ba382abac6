import type { RotateUsageKeyBody, SaveSettingsBody } from '../../packages/contract/index.ts';
import { callCardApi } from './call-card-api.ts';

/** GET /api/cards/settings */
export const fetchSettings = () => callCardApi('getSettings', {}, null);

/** PUT /api/cards/settings */
export const saveSettings = (body: SaveSettingsBody) => callCardApi('saveSettings', {}, body);

/** POST /api/cards/settings/usage-key — the answer carries the new key, shown once. */
export const rotateUsageKey = (body: RotateUsageKeyBody) => callCardApi('rotateUsageKey', {}, body);
