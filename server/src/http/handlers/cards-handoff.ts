import type { RequestHandler } from 'express';
import type { HandoffView } from '@liftoff/shared/contract/index';
import { toHandoffView } from '../../onboarding/views/to-handoff-view.ts';
import { readHandoffState } from '../../onboarding/views/read-handoff-state.ts';
import { saveHandoff } from '../../onboarding/handoff/save-handoff.ts';
import type { HandoffDeps } from '../../onboarding/handoff/save-handoff.ts';
import { parseCardInput } from '../schemas/parse-card-input.ts';
import { readCardActor, sendActionResult } from './cards-request.ts';
import { dealParamsSchema, saveHandoffBodySchema } from '../schemas/save-handoff-body.ts';

/** GET /api/cards/deals/:dealId/handoff — the deal's handoff from the store; an empty one when nothing is saved. */
export function createGetHandoffHandler(deps: Pick<HandoffDeps, 'store'>): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const { dealId } = parseCardInput(dealParamsSchema, req.params, 'path');
    const { handoff, companyStakeholders, dealContacts } = await readHandoffState(deps.store, actor.portalId, dealId);
    const body: HandoffView = toHandoffView(dealId, handoff, companyStakeholders, dealContacts);
    res.json(body);
  };
}

/** PUT /api/cards/deals/:dealId/handoff — replaces the deal's handoff; answers the saved HandoffView. */
export function createSaveHandoffHandler(deps: HandoffDeps): RequestHandler {
  return async (req, res) => {
    const actor = readCardActor(res);
    const { dealId } = parseCardInput(dealParamsSchema, req.params, 'path');
    const input = parseCardInput(saveHandoffBodySchema, req.body, 'body');
    const result = await saveHandoff(deps, actor, dealId, input);
    sendActionResult(res, result, ({ handoff, companyStakeholders, dealContacts }): HandoffView =>
      toHandoffView(dealId, handoff, companyStakeholders, dealContacts),
    );
  };
}
