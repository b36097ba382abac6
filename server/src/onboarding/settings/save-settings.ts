import { fail } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import type { ActionError } from '../ports/action-deps.ts';
import type { Instant } from '@liftoff/shared/domain/index';
import type {
  Clock,
  InboxEventInput,
  InboxStore,
  OnboardingStore,
  PortalSettings,
  PortalSettingsStore,
} from '../ports/index.ts';
import { toTemplateSettingsJson } from './parse-template-settings.ts';
import type { TemplateSettings } from './parse-template-settings.ts';
import { toUsageMappingJson } from './parse-usage-property-mapping.ts';
import type { UsagePropertyMapping } from './parse-usage-property-mapping.ts';
import { toThresholdOverridesFromList } from './threshold-settings.ts';
import { yieldToEventLoop } from '../../yield-to-event-loop.ts';
import { toThresholdReassessEvents } from './to-threshold-reassess-events.ts';

export interface SettingsDeps {
  store: {
    portalSettings: Pick<PortalSettingsStore, 'get' | 'put' | 'setMode'>;
    onboardings: Pick<OnboardingStore, 'listDueForReassessment'>;
    inbox: Pick<InboxStore, 'append'>;
  };
  clock: Clock;
  /** The playbooks the portal's templates settings refer to. */
  templates: readonly PlaybookTemplate[];
}

/** PUT settings, parsed: each section present replaces that section; a section left out is kept as stored. */
export interface SaveSettingsInput {
  thresholds?: { key: string; value: number }[];
  templates?: { id: string; keyFeatures: string[]; isDefault: boolean }[];
  usagePropertyMapping?: UsagePropertyMapping;
  /** The company owner property naming the CSM; null: HubSpot's company owner. */
  ownerProperty?: string | null;
}

type Issue = { path: string; message: string };

function toTemplateSettings(
  templates: readonly PlaybookTemplate[],
  list: NonNullable<SaveSettingsInput['templates']>,
): { settings: TemplateSettings; issues: Issue[] } {
  const known = new Set(templates.map((template) => template.id));
  const issues: Issue[] = list.flatMap(({ id }, index) =>
    known.has(id) ? [] : [{ path: `templates.${index}.id`, message: `unknown template "${id}"` }],
  );
  if (list.filter((template) => template.isDefault).length > 1) {
    issues.push({ path: 'templates', message: 'at most one template can be the default' });
  }
  const settings = Object.fromEntries(list.map(({ id, keyFeatures, isDefault }) => [id, { keyFeatures, isDefault }]));
  return { settings, issues };
}

/** The portal's settings, created (mode store_only, as the setup command would record) when it has none yet. */
async function readOrCreateSettings(deps: SettingsDeps, portalId: string): Promise<PortalSettings> {
  if ((await deps.store.portalSettings.get(portalId)) === null)
    await deps.store.portalSettings.setMode(portalId, 'store_only');
  const settings = await deps.store.portalSettings.get(portalId);
  if (settings === null) throw new Error(`portal ${portalId} has no settings after setMode`);
  return settings;
}

/** Re-assessments queued per transaction: one slice is a few milliseconds of SQLite, never a stall of the loop. */
const REASSESS_SLICE = 200;

/**
 * Queues a portal's re-assessments a slice at a time, letting requests in between: 10,000 in one transaction hold
 * the event loop for hundreds of milliseconds. A crash between slices loses nothing that matters: the thresholds
 * are saved, and the next sweep re-assesses every onboarding the slices did not reach.
 */
async function appendInSlices(
  inbox: Pick<InboxStore, 'append'>,
  events: readonly InboxEventInput[],
  now: Instant,
): Promise<void> {
  for (let from = 0; from < events.length; from += REASSESS_SLICE) {
    if (from > 0) await yieldToEventLoop();
    await inbox.append(events.slice(from, from + REASSESS_SLICE), now);
  }
}

/**
 * Saves the RevOps admin's settings (docs/PRODUCT.md §1: tune thresholds and templates; §6: the usage mapping; §8:
 * the owner property naming the CSM).
 * Nothing is saved unless every section is valid; issues name the body path at fault. Usage keys are never
 * changed here (rotation has its own route). Changed thresholds queue a re-assessment of every active onboarding
 * (toThresholdReassessEvents), so health, risk and the portfolio rows follow without waiting for the sweep; the
 * mapping and the owner property apply at the next refresh.
 */
export async function saveSettings(
  deps: SettingsDeps,
  portalId: string,
  input: SaveSettingsInput,
): Promise<Result<PortalSettings, ActionError>> {
  const issues: Issue[] = [];
  const thresholds = input.thresholds === undefined ? null : toThresholdOverridesFromList(input.thresholds);
  if (thresholds !== null && !thresholds.ok) issues.push(...thresholds.error);
  const templates = input.templates === undefined ? null : toTemplateSettings(deps.templates, input.templates);
  if (templates !== null) issues.push(...templates.issues);
  if (issues.length > 0) return fail({ code: 'invalid_request', message: 'The settings are not valid.', issues });

  const { ownerProperty: storedOwnerProperty, ...stored } = await readOrCreateSettings(deps, portalId);
  const ownerProperty = input.ownerProperty === undefined ? storedOwnerProperty : input.ownerProperty;
  const saved: PortalSettings = {
    ...stored,
    ...(ownerProperty === undefined || ownerProperty === null ? {} : { ownerProperty }),
    ...(thresholds?.ok === true ? { thresholds: { ...thresholds.value } } : {}),
    ...(templates === null ? {} : { templates: toTemplateSettingsJson(templates.settings) }),
    ...(input.usagePropertyMapping === undefined
      ? {}
      : { usagePropertyMapping: toUsageMappingJson(input.usagePropertyMapping) }),
  };
  await deps.store.portalSettings.put(saved);
  if (JSON.stringify(saved.thresholds) !== JSON.stringify(stored.thresholds)) {
    const now = deps.clock.now();
    // Every active onboarding assessed up to now, i.e. all of them.
    const active = await deps.store.onboardings.listDueForReassessment(portalId, now + 1);
    await appendInSlices(deps.store.inbox, toThresholdReassessEvents(portalId, active, now), now);
  }
  return { ok: true, value: saved };
}
