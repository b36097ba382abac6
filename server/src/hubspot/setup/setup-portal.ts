import type { PortalMode, PortalSettingsStore } from '../../onboarding/ports/index.ts';
import { applyPortalSetup } from './apply-portal-setup.ts';
import type { SetupOutcome } from './apply-portal-setup.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import { liftoffSchema } from '../model/liftoff-schema.ts';
import type { LiftoffSchema } from '../model/liftoff-schema.ts';
import { planPortalSetup } from './plan-portal-setup.ts';
import type { SetupItem } from './plan-portal-setup.ts';
import { readPortalState } from '../reads/read-portal-state.ts';

/** Remembers whether the portal keeps Liftoff records as custom objects or in Liftoff's store only. */
export type RecordPortalMode = (portalId: string, mode: PortalMode) => Promise<void>;

export interface SetupPortalOptions {
  client: PortalClient;
  recordPortalMode: RecordPortalMode;
  /** Reads and plans only: no write to HubSpot, no mode recorded. */
  dryRun: boolean;
  desired?: LiftoffSchema;
}

export interface PortalSetupReport {
  portalId: string;
  dryRun: boolean;
  mode: PortalMode;
  plan: SetupItem[];
  /** Empty on a dry run. */
  outcomes: SetupOutcome[];
}

/**
 * Idempotent preparation of a portal: read its state, plan the difference with the desired schema, create what
 * is missing and add what an earlier release's setup lacks (enumeration options, a primary display property),
 * removing nothing. A second run finds everything and changes nothing.
 */
export async function setupPortal(options: SetupPortalOptions): Promise<PortalSetupReport> {
  const { client, dryRun } = options;
  const plan = planPortalSetup(options.desired ?? liftoffSchema, await readPortalState(client));
  const report = { portalId: client.portalId, dryRun, mode: plan.mode, plan: plan.items, outcomes: [] };
  if (dryRun) return report;
  const applied = await applyPortalSetup(client, plan.items, plan.mode);
  await options.recordPortalMode(client.portalId, applied.mode);
  return { ...report, mode: applied.mode, outcomes: applied.outcomes };
}

/** Keeps the portal's other settings; a portal seen for the first time starts with empty thresholds and templates. */
export function createRecordPortalMode(settings: PortalSettingsStore): RecordPortalMode {
  return async (portalId, mode) => {
    const existing = await settings.get(portalId);
    await settings.put(
      existing
        ? { ...existing, mode }
        : { portalId, mode, thresholds: {}, templates: {}, usagePropertyMapping: {}, usageApiKeyHashes: [] },
    );
  };
}
