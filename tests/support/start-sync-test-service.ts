import nock from 'nock';
import { createSimulatedCrm, createSimulatedPortalClient } from './create-simulated-crm.ts';
import { liftoffSchema } from '../../server/src/hubspot/model/liftoff-schema.ts';
import { setupPortal } from '../../server/src/hubspot/setup/setup-portal.ts';
import { createSimulatedHubSpot } from '../../testing/simulated-hubspot/simulated-hubspot.ts';
import type {
  SimulatedAssociationInput,
  SimulatedAssociationLabel,
  SimulatedDataset,
  SimulatedExchange,
  SimulatedHubSpot,
  SimulatedPipelineInput,
} from '../../testing/simulated-hubspot/simulated-hubspot.ts';
import { defaultTemplates } from '@liftoff/shared/playbook/default-templates';
import { stakeholderLabels } from '../../server/src/hubspot/reads/to-stakeholder.ts';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import { createApp } from '../../server/src/http/create-app.ts';
import { startServer } from '../../server/src/http/start-server.ts';
import type { RunningServer } from '../../server/src/http/start-server.ts';
import type { LiftoffObjectTypes } from '../../server/src/hubspot/reads/liftoff-object-type-cache.ts';
import { createWorker } from '../../server/src/jobs/create-worker.ts';
import type { DrainReport } from '../../server/src/jobs/create-worker.ts';
import { createLogger } from '../../server/src/logger.ts';
import type { CrmGateway } from '../../server/src/onboarding/ports/crm-gateway.ts';
import type { PortalMode, Store } from '../../server/src/onboarding/ports/index.ts';
import { createTestStore } from './create-test-store.ts';
import type { FixedClock } from './fixed-clock.ts';
import { checkHubSpotExchange } from './openapi-check.ts';
import { loadOpenApiDocuments } from './openapi-documents.ts';
import { signRequest } from './sign-request.ts';

export const SYNC_PUBLIC_BASE_URL = 'https://liftoff.example.com';
export const SYNC_CLIENT_SECRET = 'test-client-secret';
export const SYNC_TOKEN = 'pat-test-token';
export const SYNC_PORTAL = '4242';
/** The HubSpot user a card call is signed for. */
export const SYNC_USER = '77';

const logger = createLogger({ level: 'silent' });

/** The association HubSpot reads as a deal's primary company (type 5). */
export function buildPrimaryCompanyAssociation(dealId: string, companyId: string): SimulatedAssociationInput {
  return {
    from: { type: 'deals', id: dealId },
    to: { type: 'companies', id: companyId },
    types: [{ category: 'HUBSPOT_DEFINED', typeId: 5, label: 'Primary' }],
  };
}

/** Liftoff's stakeholder labels on the company → contact association, as setup leaves them: type ids 101–105. */
export const stakeholderLabelTypeIds = {
  economic_decision_maker: 101,
  end_user: 102,
  technical_influencer: 103,
  sponsor: 104,
  validation_owner: 105,
} as const;

export function buildStakeholderLabels(): SimulatedAssociationLabel[] {
  return Object.entries(stakeholderLabelTypeIds).map(([role, typeId]) => ({
    from: 'companies',
    to: 'contacts',
    category: 'USER_DEFINED',
    typeId,
    label: stakeholderLabels[role as keyof typeof stakeholderLabelTypeIds],
  }));
}

/** The `default` deal pipeline with the given stages. */
export function buildSalesPipeline(stages: SimulatedPipelineInput['stages']): SimulatedPipelineInput {
  return { id: 'default', label: 'Sales', stages };
}

export interface SyncTestServiceOptions {
  clock: FixedClock;
  /** What the simulated HubSpot holds at the start. */
  dataset: SimulatedDataset;
  /** A SQLite file, for a test that reopens the store; in memory otherwise. */
  storePath?: string;
  /** Hashes of the portal's usage API keys: with one, onboardings expect usage (no_first_login can fire). */
  usageApiKeyHashes?: string[];
  /** The deployment's playbooks; the built-in ones by default. */
  templates?: readonly PlaybookTemplate[];
  /** `custom_objects`: the portal is set up first (`npm run hubspot:setup`), and Liftoff's records are written to it. */
  mode?: PortalMode;
  /**
   * The type ids of Liftoff's custom objects, for a portal that has them (`custom_objects` mode, e.g. `2-101` seeded
   * as an alias of the criterion object); a `store_only` portal without.
   */
  liftoffObjectTypes?: LiftoffObjectTypes;
}

export interface SyncTestService {
  hubspot: SimulatedHubSpot;
  crm: CrmGateway;
  /** Replaced by `restart`. */
  store: Store;
  /** Replaced by `restart`. */
  server: RunningServer;
  /** Exchanges with the simulated HubSpot that break HubSpot's OpenAPI documents (none when they are not found). */
  violations: string[];
  /** Every call the simulated HubSpot answered, as `METHOD /path`, in order. */
  requests: string[];
  /** One pass of a worker over the inbox, HubSpot answering on loopback. */
  drain(): Promise<DrainReport>;
  /** A card API call as HubSpot's proxy signs it, for SYNC_USER on SYNC_PORTAL; answers the status and the parsed body. */
  callCard(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  /** Delivers webhook events as HubSpot signs them; rejects unless the app answers 200. */
  postWebhooks(events: readonly Record<string, unknown>[]): Promise<{ accepted: number; duplicates: number }>;
  /** Stops the app and closes the store, then reopens the store (its file) and starts the app again. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real service around the worker on loopback: the app on port 0 (every route) on a SQLite
 * store in `store_only` mode (`custom_objects` when given the portal's Liftoff object types), the HubSpot gateway through the real SDK and portal client against the simulated
 * HubSpot, network otherwise disabled. The clock only moves when a test moves it.
 */
export async function startSyncTestService(options: SyncTestServiceOptions): Promise<SyncTestService> {
  const { clock } = options;
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  const loaded = await loadOpenApiDocuments();
  const documents = loaded.status === 'loaded' ? loaded.documents : null;
  const violations: string[] = [];
  const requests: string[] = [];
  const onExchange = (exchange: SimulatedExchange): void => {
    requests.push(`${exchange.method} ${exchange.path}`);
    if (documents === null) return;
    const request = { method: exchange.method, path: exchange.path, query: exchange.query, body: exchange.requestBody };
    const found = checkHubSpotExchange(documents, request, { status: exchange.status, body: exchange.responseBody });
    // HubSpot answers null for a requested property a record has no value for; its OpenAPI types them as string.
    violations.push(...found.filter((violation) => !/\/properties\/\w+ must be string/.test(violation)));
  };
  const hubspot = await createSimulatedHubSpot({ accessToken: SYNC_TOKEN, now: clock.now, onExchange });
  hubspot.seed(options.dataset);
  const { liftoffObjectTypes } = options;
  const mode = options.mode ?? (liftoffObjectTypes === undefined ? 'store_only' : 'custom_objects');
  const target = { hubspot, portalId: SYNC_PORTAL, accessToken: SYNC_TOKEN, clock };
  if (options.mode === 'custom_objects') {
    const client = createSimulatedPortalClient(target);
    await setupPortal({ client, dryRun: false, recordPortalMode: async () => {}, desired: liftoffSchema });
  }
  const crm = createSimulatedCrm({
    ...target,
    mode,
    ...(liftoffObjectTypes === undefined ? {} : { liftoffObjectTypes }),
  });

  async function openStore(): Promise<Store> {
    const { store } = await createTestStore(
      options.storePath === undefined ? { clock } : { path: options.storePath, clock },
    );
    await store.portalSettings.put({
      portalId: SYNC_PORTAL,
      mode,
      thresholds: {},
      templates: {},
      usagePropertyMapping: {},
      usageApiKeyHashes: options.usageApiKeyHashes ?? [],
    });
    return store;
  }

  let cardEvents = 0;
  function startApp(store: Store): Promise<RunningServer> {
    const app = createApp({
      config: {
        publicBaseUrl: SYNC_PUBLIC_BASE_URL,
        hubspot: { accessToken: SYNC_TOKEN, clientSecret: SYNC_CLIENT_SECRET },
        portals: { mode: 'static', portalId: SYNC_PORTAL },
        usageFlushIntervalMs: 60_000,
      },
      logger,
      store,
      clock,
      wallClock: clock,
      webhookInbox: store.inbox,
      createEventId: () => `card-${(cardEvents += 1)}`,
      templates: options.templates ?? defaultTemplates,
      crmFor: (portalId) => (portalId === SYNC_PORTAL ? crm : null),
    });
    return startServer(app, { port: 0, host: '127.0.0.1' });
  }

  const initialStore = await openStore();
  const service: SyncTestService = {
    hubspot,
    crm,
    store: initialStore,
    server: await startApp(initialStore),
    violations,
    requests,
    drain: () =>
      createWorker({
        store: service.store,
        crmFor: () => crm,
        clock,
        sleep: () => Promise.resolve(),
        logger,
      }).drainOnce(),
    callCard: async (method, path, body) => {
      const text = body === undefined ? '' : JSON.stringify(body);
      const query = `?userId=${SYNC_USER}&portalId=${SYNC_PORTAL}`;
      const headers = signRequest({
        method,
        url: `${SYNC_PUBLIC_BASE_URL}${path}${query}`,
        body: text,
        clientSecret: SYNC_CLIENT_SECRET,
        timestamp: clock.now(),
      });
      const response = await fetch(`${service.server.url}${path}${query}`, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: text }),
      });
      const answer = await response.text();
      return { status: response.status, body: answer === '' ? null : (JSON.parse(answer) as unknown) };
    },
    postWebhooks: async (events) => {
      const body = JSON.stringify(events);
      const url = `${SYNC_PUBLIC_BASE_URL}/webhooks/hubspot`;
      const headers = signRequest({
        method: 'POST',
        url,
        body,
        clientSecret: SYNC_CLIENT_SECRET,
        timestamp: clock.now(),
      });
      const response = await fetch(`${service.server.url}/webhooks/hubspot`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      if (response.status !== 200) throw new Error(`webhooks answered ${response.status}`);
      return (await response.json()) as { accepted: number; duplicates: number };
    },
    restart: async () => {
      await service.server.stop(1_000);
      await service.store.close();
      service.store = await openStore();
      service.server = await startApp(service.store);
    },
    stop: async () => {
      await service.server.stop(1_000);
      await service.store.close();
      await hubspot.close();
      nock.enableNetConnect();
    },
  };
  return service;
}
