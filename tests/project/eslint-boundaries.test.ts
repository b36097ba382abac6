import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import boundaries of eslint.config.js, proved on fictitious files: each source is linted as if it lived at
 * its path, and only no-restricted-imports counts (an unused import would also trip other rules).
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: repoRoot });

async function restrictedMessages(filePath: string, source: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages.filter((message) => message.ruleId === ruleId).map((m) => m.message);
}

const restrictedImports = (filePath: string, source: string) =>
  restrictedMessages(filePath, source, 'no-restricted-imports');

interface Case {
  readonly name: string;
  readonly filePath: string;
  readonly source: string;
}

/** A forbidden import, and the part of its group's message the one error must carry. */
interface ForbiddenCase extends Case {
  readonly because: string;
}

const forbidden: readonly ForbiddenCase[] = [
  {
    name: 'forbids the sandbox importing the store implementation',
    because: 'The sandbox fills the store only through the service',
    filePath: 'server/src/sandbox/x.ts',
    source: "export { createSqliteStore } from '../store/sqlite/create-sqlite-store.ts';\n",
  },
  {
    name: 'forbids the sandbox importing a store module from a nested folder',
    because: 'The sandbox fills the store only through the service',
    filePath: 'server/src/sandbox/x.ts',
    source: "export * from '../../server/src/store/sqlite/append-usage-events.ts';\n",
  },
  {
    name: 'forbids the HubSpot SDK outside server/src/hubspot',
    because: 'The HubSpot SDK is used only',
    filePath: 'server/src/onboarding/x.ts',
    source: "import { Client } from '@hubspot/api-client';\nexport const client = Client;\n",
  },
  {
    name: 'forbids an SDK subpath outside server/src/hubspot',
    because: 'The HubSpot SDK is used only',
    filePath: 'server/src/jobs/x.ts',
    source: "export { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/objects/models/Filter.js';\n",
  },
  {
    name: 'forbids the HubSpot SDK in the HTTP edge',
    because: 'The HubSpot SDK is used only',
    filePath: 'server/src/http/x.ts',
    source: "import { Client } from '@hubspot/api-client';\nexport const client = Client;\n",
  },
  {
    name: 'forbids the HubSpot SDK in shared',
    because: 'The HubSpot SDK is used only',
    filePath: 'shared/src/domain/x.ts',
    source: "import type { Client } from '@hubspot/api-client';\nexport type C = Client;\n",
  },
  {
    name: 'forbids Express outside server/src/http',
    because: 'Express is used only',
    filePath: 'server/src/onboarding/x.ts',
    source: "import { Router } from 'express';\nexport const router = Router();\n",
  },
  {
    name: 'forbids a type-only Express import outside server/src/http',
    because: 'Express is used only',
    filePath: 'server/src/jobs/x.ts',
    source: "import type { RequestHandler } from 'express';\nexport type H = RequestHandler;\n",
  },
  {
    name: 'forbids Express in the HubSpot adapter',
    because: 'Express is used only',
    filePath: 'server/src/hubspot/x.ts',
    source: "import express from 'express';\nexport const app = express();\n",
  },
  {
    name: 'forbids an engine internal in the server',
    because: 'entry point',
    filePath: 'server/src/onboarding/x.ts',
    source: "export { evaluateOnboarding } from '@liftoff/shared/engine/evaluate-onboarding';\n",
  },
  {
    name: 'forbids a nested engine internal in the server',
    because: 'entry point',
    filePath: 'server/src/http/x.ts',
    source: "export * from '@liftoff/shared/engine/signals/no-criteria';\n",
  },
  {
    name: 'forbids an engine internal reached by a relative path',
    because: 'entry point',
    filePath: 'server/src/onboarding/x.ts',
    source: "export * from '../../../shared/src/engine/thresholds.ts';\n",
  },
  {
    name: 'forbids an engine internal in server tests',
    because: 'entry point',
    filePath: 'tests/server/unit/x.test.ts',
    source: "export * from '@liftoff/shared/engine/thresholds';\n",
  },
  {
    name: 'forbids an engine internal in benchmarks',
    because: 'entry point',
    filePath: 'bench/x.ts',
    source: "export * from '@liftoff/shared/engine/evaluate-portfolio';\n",
  },
  {
    name: 'forbids an engine internal in the simulated HubSpot',
    because: 'entry point',
    filePath: 'testing/simulated-hubspot/x.ts',
    source: "export * from '@liftoff/shared/engine/cohorts';\n",
  },
  {
    name: 'forbids an engine internal in the HubSpot project',
    because: 'entry point',
    filePath: 'hubspot-project/src/app/cards/x.ts',
    source: "export * from '@liftoff/shared/engine/thresholds';\n",
  },
  {
    name: 'forbids production server code importing testing/',
    because: 'Production code never',
    filePath: 'server/src/onboarding/x.ts',
    source: "export * from '../../../testing/simulated-hubspot/simulated-hubspot.ts';\n",
  },
  {
    name: 'forbids production server code importing bench/',
    because: 'Production code never',
    filePath: 'server/src/x.ts',
    source: "export * from '../../bench/support/refresh-naively.ts';\n",
  },
  {
    name: 'forbids production server code importing tests/',
    because: 'Production code never',
    filePath: 'server/src/cli/x.ts',
    source: "export * from '../../../tests/support/fixed-clock.ts';\n",
  },
  {
    name: 'forbids shared importing tests/',
    because: 'Production code never',
    filePath: 'shared/src/engine/x.ts',
    source: "export * from '../../../tests/support/fixed-clock.ts';\n",
  },
  {
    name: 'forbids the HubSpot project importing testing/',
    because: 'Production code never',
    filePath: 'hubspot-project/src/app/cards/x.ts',
    source: "export * from '../../../../testing/simulated-hubspot/simulated-hubspot.ts';\n",
  },
  {
    name: 'forbids shared importing the server package',
    because: 'shared/ never imports the server',
    filePath: 'shared/src/engine/x.ts',
    source: "export * from '@liftoff/server/onboarding/ports';\n",
  },
  {
    name: 'forbids shared importing the server by a relative path',
    because: 'shared/ never imports the server',
    filePath: 'shared/src/engine/x.ts',
    source: "export * from '../../../server/src/onboarding/ports.ts';\n",
  },
  {
    name: 'forbids tests importing bench/',
    because: 'Tests never import benchmarks',
    filePath: 'tests/server/component/x.test.ts',
    source: "export * from '../../../bench/support/refresh-naively.ts';\n",
  },
  {
    name: 'forbids test support importing bench/',
    because: 'Tests never import benchmarks',
    filePath: 'tests/support/x.ts',
    source: "export * from '../../bench/bench.ts';\n",
  },
  {
    name: 'forbids the simulated HubSpot importing tests/',
    because: 'imports neither',
    filePath: 'testing/simulated-hubspot/x.ts',
    source: "export * from '../../tests/support/fixed-clock.ts';\n",
  },
  {
    name: 'forbids the simulated HubSpot importing bench/',
    because: 'imports neither',
    filePath: 'testing/simulated-hubspot/x.ts',
    source: "export * from '../../bench/bench.ts';\n",
  },
  {
    name: 'still forbids Node built-ins in shared',
    because: 'no Node built-ins',
    filePath: 'shared/src/engine/x.ts',
    source: "export { readFileSync } from 'node:fs';\n",
  },
];

const allowed: readonly Case[] = [
  {
    name: 'allows the sandbox importing use cases, ports, the worker and the engine',
    filePath: 'server/src/sandbox/x.ts',
    source: [
      "export * from '../onboarding/csm-actions/apply-card-action.ts';",
      "export * from '../onboarding/ports/store.ts';",
      "export * from '../jobs/create-worker.ts';",
      "export * from '@liftoff/shared/engine/index';",
      '',
    ].join('\n'),
  },
  {
    name: 'allows the demo command wiring the SQLite store',
    filePath: 'server/src/cli/x.ts',
    source: "export * from '../store/sqlite/create-sqlite-store.ts';\n",
  },
  {
    name: 'allows the HubSpot SDK in server/src/hubspot',
    filePath: 'server/src/hubspot/x.ts',
    source: "import { Client } from '@hubspot/api-client';\nexport const client = Client;\n",
  },
  {
    name: 'allows the HubSpot SDK in tests (the contract tests drive it)',
    filePath: 'tests/contract/x.test.ts',
    source: "import { Client } from '@hubspot/api-client';\nexport const client = Client;\n",
  },
  {
    name: 'allows Express in server/src/http',
    filePath: 'server/src/http/handlers/x.ts',
    source: "import { Router } from 'express';\nexport const router = Router();\n",
  },
  {
    name: "allows the engine's entry point in the server",
    filePath: 'server/src/onboarding/x.ts',
    source: "export * from '@liftoff/shared/engine/index';\n",
  },
  {
    name: "allows the engine's entry point with its .ts extension",
    filePath: 'bench/x.ts',
    source: "export * from '@liftoff/shared/engine/index.ts';\n",
  },
  {
    name: 'allows engine internals inside shared and in the engine tests',
    filePath: 'tests/shared/engine/x.test.ts',
    source: "export * from '@liftoff/shared/engine/thresholds';\n",
  },
  {
    name: 'allows engine internals within the engine',
    filePath: 'shared/src/engine/x.ts',
    source: "export * from './thresholds.ts';\n",
  },
  {
    name: 'allows the rest of shared in the server',
    filePath: 'server/src/onboarding/x.ts',
    source: "export * from '@liftoff/shared/domain/index';\n",
  },
  {
    name: 'allows tests importing the simulated HubSpot from testing/',
    filePath: 'tests/server/component/x.test.ts',
    source: "export * from '../../../testing/simulated-hubspot/simulated-hubspot.ts';\n",
  },
  {
    name: 'allows benchmarks importing the simulated HubSpot from testing/',
    filePath: 'bench/x.ts',
    source: "export * from '../testing/simulated-hubspot/simulated-hubspot.ts';\n",
  },
  {
    name: 'allows the simulated HubSpot importing the server',
    filePath: 'testing/simulated-hubspot/x.ts',
    source: "export * from '../../server/src/hubspot/model/liftoff-schema.ts';\n",
  },
  {
    name: 'allows shared importing shared',
    filePath: 'shared/src/contract/x.ts',
    source: "export * from '../domain/index.ts';\n",
  },
];

/** Code in the sandbox, and whether it touches the store. */
const sandboxCalls: readonly { name: string; source: string; calls: boolean }[] = [
  {
    name: 'forbids the sandbox writing an onboarding itself',
    source: 'export const seed = (deps: any, record: any) => deps.store.onboardings.save(record);\n',
    calls: true,
  },
  {
    name: 'forbids the sandbox appending to the inbox itself',
    source: 'export const queue = (store: any, events: any) => store.inbox.append(events, 0);\n',
    calls: true,
  },
  {
    name: 'forbids the sandbox handing the store on',
    source: 'export const hand = (deps: any, f: any) => f(deps.store);\n',
    calls: true,
  },
  {
    name: 'allows the sandbox calling a use case with the deps it was given',
    source: 'export const act = (deps: any, f: any) => f(deps.actions, "1", { assessments: [] }.assessments);\n',
    calls: false,
  },
];

describe('the lint config keeps the sandbox off the store', () => {
  for (const { name, source, calls } of sandboxCalls) {
    it(name, async () => {
      const messages = await restrictedMessages('server/src/sandbox/x.ts', source, 'no-restricted-syntax');
      expect(messages).toEqual(calls ? [expect.stringContaining('never touches the store')] : []);
    });
  }
});

describe('the lint config enforces the import boundaries', () => {
  for (const { name, filePath, source, because } of forbidden) {
    it(name, async () => {
      expect(await restrictedImports(filePath, source)).toEqual([expect.stringContaining(because)]);
    });
  }

  for (const { name, filePath, source } of allowed) {
    it(name, async () => {
      expect(await restrictedImports(filePath, source)).toEqual([]);
    });
  }
});
