import type { WorkflowActionName } from '../../onboarding/ports/index.ts';
import { inboxKind } from '../../onboarding/ports/index.ts';
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { Assessment } from '@liftoff/shared/domain/index';
import type { PortalDeployment } from '../../config.ts';
import { applyCardAction } from '../../onboarding/csm-actions/apply-card-action.ts';
import type { ActionDeps } from '../../onboarding/ports/action-deps.ts';
import { readCardState } from '../../onboarding/views/read-card-state.ts';
import { startOnboardingFromCard } from '../../onboarding/csm-actions/start-onboarding-from-card.ts';
import { readWorkflowStart } from '../../onboarding/csm-actions/read-workflow-start.ts';
import type { WorkflowStartDeps } from '../../onboarding/csm-actions/read-workflow-start.ts';
import { toErrorIssues } from '@liftoff/shared/contract/index';
import { decideRequestPortal } from '../decide-request-portal.ts';
import { sendError } from '../http-error.ts';
import { sendPortalRefusal } from '../middleware/require-served-portal.ts';
import {
  acknowledgeSignalInputSchema,
  closeOnboardingInputSchema,
  toStartOnboardingInputSchema,
  workflowActionRequestSchema,
} from '../schemas/workflow-action-request.ts';
import type { WorkflowActionRequest } from '../schemas/workflow-action-request.ts';

/** A workflow action acts for the portal its signed body names (`origin.portalId`), when this deployment serves it. */
export interface WorkflowActionDeps extends ActionDeps {
  portals: PortalDeployment;
}

/**
 * What a workflow branches on (the actions' `outputFields` in workflow-actions/*-hsmeta.json). `FAIL_CONTINUE`
 * when the company has no onboarding: the workflow goes on, without outputs to branch on.
 */
export type WorkflowActionResponse =
  | { outputFields: { riskLevel: Assessment['riskLevel']; healthScore: number; hs_execution_state: 'SUCCESS' } }
  | { outputFields: { hs_execution_state: 'FAIL_CONTINUE' }; message: string };

/**
 * POST /hubspot/actions/start-onboarding: starts the company's onboarding from the chosen template on the chosen
 * start date; an input left empty is taken from the company's most recent closed-won deal, read from HubSpot
 * (readWorkflowStart). A company already onboarding is not an error: its current outputs are returned.
 */
export function createStartOnboardingAction(deps: WorkflowActionDeps & WorkflowStartDeps): RequestHandler {
  return async (req, res) => {
    const request = parseRequest(req, res, deps.portals);
    if (request === null) return;
    const input = parseInputs(toStartOnboardingInputSchema(deps.clock.now()), request, res);
    if (input === null) return;
    const start = await readWorkflowStart(deps, request.portalId, request.companyId, input);
    if (!start.ok) {
      sendError(res, start.error.code, start.error.message, start.error.issues);
      return;
    }
    if ((await recordCallback(deps, request, 'start_onboarding')) && start.value !== null) {
      const started = await startOnboardingFromCard(deps, toActor(request), request.companyId, start.value);
      if (!started.ok && started.error.code !== 'conflict') {
        sendError(res, 'invalid_request', started.error.message, started.error.issues);
        return;
      }
    }
    await replyWithAssessment(deps, request, res);
  };
}

/** POST /hubspot/actions/re-evaluate-onboarding: answers the assessment as of now; the worker stores and writes it. */
export function createReevaluateOnboardingAction(deps: WorkflowActionDeps): RequestHandler {
  return async (req, res) => {
    const request = parseRequest(req, res, deps.portals);
    if (request === null) return;
    await recordCallback(deps, request, 'reevaluate_onboarding');
    await replyWithAssessment(deps, request, res);
  };
}

/**
 * POST /hubspot/actions/acknowledge-signal: acknowledges the open signal of the type (which stops its escalation,
 * docs/PRODUCT.md §4) the way the card does; when no such signal holds, nothing happens and the outputs are returned.
 */
export function createAcknowledgeSignalAction(deps: WorkflowActionDeps): RequestHandler {
  return async (req, res) => {
    const request = parseRequest(req, res, deps.portals);
    if (request === null) return;
    const input = parseInputs(acknowledgeSignalInputSchema, request, res);
    if (input === null) return;
    if (await recordCallback(deps, request, 'acknowledge_signal')) {
      await applyCardAction(deps, toActor(request), request.companyId, {
        kind: 'acknowledge_signal',
        signalType: input.signalType,
      });
    }
    await replyWithAssessment(deps, request, res);
  };
}

/**
 * POST /hubspot/actions/close-onboarding: closes the company's onboarding with the outcome, reason and note the
 * workflow sets, the way the card does (docs/PRODUCT.md §2 step 8; a workflow acts for no user). An onboarding
 * already closed is left as it is, not an error: the workflow goes on with the outputs.
 */
export function createCloseOnboardingAction(deps: WorkflowActionDeps): RequestHandler {
  return async (req, res) => {
    const request = parseRequest(req, res, deps.portals);
    if (request === null) return;
    const input = parseInputs(closeOnboardingInputSchema, request, res);
    if (input === null) return;
    if (await recordCallback(deps, request, 'close_onboarding')) {
      await applyCardAction(deps, toActor(request), request.companyId, { kind: 'close_onboarding', ...input });
    }
    await replyWithAssessment(deps, request, res);
  };
}

/**
 * Records one execution of an action in the inbox, keyed by its callback id, before it acts; the worker then
 * re-assesses the company and writes it to HubSpot. A callback seen before (HubSpot's retry, or a replayed v2
 * request, which has no timestamp to bound it) only gets the outputs: acknowledging again could silence a signal
 * re-detected since. Returns whether the callback is new.
 */
async function recordCallback(
  deps: ActionDeps,
  request: WorkflowActionRequest,
  action: WorkflowActionName,
): Promise<boolean> {
  const now = deps.clock.now();
  const { accepted } = await deps.store.inbox.append(
    [
      {
        portalId: request.portalId,
        source: 'workflow',
        eventId: `workflow:${request.callbackId}`,
        kind: inboxKind.workflow(action),
        companyId: request.companyId,
        occurredAt: now,
        payload: { callbackId: request.callbackId },
      },
    ],
    now,
  );
  return accepted > 0;
}

/** The request, or null once refused: 400 when it is not a workflow action request, 403 for a portal not served. */
function parseRequest(req: Request, res: Response, portals: PortalDeployment): WorkflowActionRequest | null {
  const parsed = workflowActionRequestSchema.safeParse(req.body);
  if (!parsed.success) {
    sendError(
      res,
      'invalid_request',
      'The body is not a HubSpot workflow action request.',
      toErrorIssues(parsed.error),
    );
    return null;
  }
  const portal = decideRequestPortal(portals, parsed.data.portalId);
  if (portal.ok) return { ...parsed.data, portalId: portal.value };
  sendPortalRefusal(res, portal.error);
  return null;
}

function parseInputs<T>(schema: z.ZodType<T>, request: WorkflowActionRequest, res: Response): T | null {
  const parsed = schema.safeParse(request.inputFields);
  if (parsed.success) return parsed.data;
  const issues = toErrorIssues(parsed.error).map((issue) => ({ ...issue, path: `inputFields.${issue.path}` }));
  sendError(res, 'invalid_request', 'The action input fields are invalid.', issues);
  return null;
}

/** A workflow acts on behalf of no HubSpot user. */
function toActor(request: WorkflowActionRequest): { portalId: string; userId: null } {
  return { portalId: request.portalId, userId: null };
}

async function replyWithAssessment(deps: ActionDeps, request: WorkflowActionRequest, res: Response): Promise<void> {
  const state = await readCardState(deps, request.portalId, request.companyId);
  const body: WorkflowActionResponse =
    state === null
      ? {
          outputFields: { hs_execution_state: 'FAIL_CONTINUE' },
          message: `Company ${request.companyId} has no Liftoff onboarding.`,
        }
      : {
          outputFields: {
            riskLevel: state.assessment.riskLevel,
            healthScore: state.assessment.healthScore,
            hs_execution_state: 'SUCCESS',
          },
        };
  res.status(200).json(body);
}
