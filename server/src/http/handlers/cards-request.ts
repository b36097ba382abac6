import type { Response } from 'express';
import type { z } from 'zod';
import type { CardActor } from '../../onboarding/csm-actions/card-action.ts';
import type { ActionError } from '../../onboarding/ports/action-deps.ts';
import { toErrorIssues } from '@liftoff/shared/contract/error-body';
import { HttpError, sendError } from '../http-error.ts';
import { readVerifiedHubSpotCaller } from '../middleware/require-hubspot-signature.ts';

/**
 * The portal and user a card request acts for: only the signed URL's `portalId` / `userId` count, never the path
 * or the body, so a caller cannot read or change another portal's data.
 */
export function readCardActor(res: Response): CardActor {
  const caller = readVerifiedHubSpotCaller(res.locals);
  if (caller.portalId === null) throw new HttpError('invalid_request', 'The signed URL carries no portalId.');
  return { portalId: caller.portalId, userId: caller.userId };
}

/** Parses the path parameters or the body, or answers 400 with one issue per problem. */
export function parseCardInput<S extends z.ZodType>(schema: S, value: unknown, where: 'path' | 'body'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new HttpError('invalid_request', `The request ${where} is not valid.`, toErrorIssues(parsed.error));
}

export function sendCardError(res: Response, error: ActionError): void {
  sendError(res, error.code, error.message, error.issues);
}
