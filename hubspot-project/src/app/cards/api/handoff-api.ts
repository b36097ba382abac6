import type { SaveHandoffBody } from '../../packages/contract/index.ts';
import { callCardApi } from './call-card-api.ts';

/** GET /api/cards/deals/:dealId/handoff */
export const fetchHandoff = (dealId: string) => callCardApi('getHandoff', { dealId }, null);

/** PUT /api/cards/deals/:dealId/handoff */
export const saveHandoff = (dealId: string, body: SaveHandoffBody) => callCardApi('saveHandoff', { dealId }, body);
