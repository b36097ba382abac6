import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../support/sign-request.ts';

/**
 * `npm run demo` as a user runs it: a child process on a free port with a temporary database, driven only
 * through signed HTTP requests and the commands it prints, then stopped with Ctrl-C (SIGINT to its process group).
 */
const SECRET = 'e2e-client-secret';
const PORTAL_ID = '4815162';
const repoRoot = join(import.meta.dirname, '..', '..');

async function findFreePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('npm run demo (end to end)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'liftoff-demo-'));
  let demo: ChildProcess;
  let output = '';
  let exited: Promise<[number | null, NodeJS.Signals | null]>;
  let port = 0;
  const publicUrl = (path: string) => `http://localhost:${port}${path}`;

  /** Signs over the public URL (PUBLIC_BASE_URL) like HubSpot, and sends to the loopback address. */
  const callSigned = (method: 'GET' | 'POST', path: string, body?: string) =>
    fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: {
        ...signRequest({ method, url: publicUrl(path), body, clientSecret: SECRET, timestamp: Date.now() }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body,
    });

  beforeAll(async () => {
    port = await findFreePort();
    demo = spawn('npm', ['run', '-s', 'demo'], {
      cwd: repoRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_PATH: join(dataDir, 'demo.db'),
        HUBSPOT_CLIENT_SECRET: SECRET,
        LOG_LEVEL: 'warn',
      },
    });
    // 'close' waits for stdout and stderr to end, i.e. for every process of the group holding them (npm, tsx, node).
    exited = once(demo, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
    demo.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    demo.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    for (let waited = 0; !output.includes('Ctrl-C stops the demo.'); waited += 200) {
      // The start replays the sandbox's five months of history through the service before it listens.
      if (waited > 110_000 || demo.exitCode !== null) throw new Error(`the demo did not start:\n${output}`);
      await sleep(200);
    }
  }, 120_000);

  afterAll(() => {
    const running = demo.exitCode === null && demo.signalCode === null;
    if (running && demo.pid !== undefined) process.kill(-demo.pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is ready, and prints the portfolio summary without printing a secret it was given', async () => {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    expect(output).toMatch(/Portfolio: 81 onboardings — critical \d+ · high \d+ · medium \d+ · low \d+/);
    expect(output).toContain('Most at risk (top 10):');
    expect(output).toMatch(/COHORT\s+SIZE\s+D30\s+D60\s+D90/);
    expect(output).not.toContain(SECRET);
  });

  it('refuses an unsigned card API request and serves the signed portfolio', async () => {
    // One page of the largest size holds the whole demo portal.
    const path = `/api/portfolio?limit=200&portalId=${PORTAL_ID}&userId=1`;
    expect((await fetch(`http://127.0.0.1:${port}${path}`)).status).toBe(401);
    const response = await callSigned('GET', path);
    expect(response.status).toBe(200);
    const portfolio = (await response.json()) as {
      onboardings: { riskLevel: string }[];
      page: { total: number; nextOffset: number | null };
    };
    expect(portfolio.onboardings.length).toBeGreaterThanOrEqual(60);
    expect(portfolio.page).toEqual(expect.objectContaining({ total: portfolio.onboardings.length, nextOffset: null }));
    expect(new Set(portfolio.onboardings.map((row) => row.riskLevel))).toEqual(
      new Set(['critical', 'high', 'medium', 'low']),
    );
  });

  it('starts an onboarding with its milestones after the printed closed-won webhook for the open deal', async () => {
    const body = /BODY='(\[.*\])'/.exec(output)?.[1];
    const companyId = /company (\d+)'s new onboarding/.exec(output)?.[1];
    expect(body).toContain('"propertyValue":"closedwon"');
    const cardPath = `/api/cards/companies/${companyId}/onboarding?portalId=${PORTAL_ID}&userId=1`;
    const before = (await (await callSigned('GET', cardPath)).json()) as { kind: string };
    expect(before.kind).not.toBe('onboarding');

    const delivered = await callSigned('POST', '/webhooks/hubspot', body);
    expect(delivered.status).toBe(200);
    expect(await delivered.json()).toEqual({ accepted: 1, duplicates: 0 });

    let card: { kind: string; onboarding?: { milestones: { kind: string }[] } } = before;
    for (let waited = 0; card.kind !== 'onboarding' && waited < 10_000; waited += 200) {
      await sleep(200);
      card = (await (await callSigned('GET', cardPath)).json()) as typeof card;
    }
    expect(card.kind).toBe('onboarding');
    expect(card.onboarding?.milestones.map((m) => m.kind)).toEqual(
      expect.arrayContaining(['kickoff', 'checkpoint_d7', 'checkpoint_d30', 'checkpoint_d60', 'review_d90']),
    );
  }, 20_000);

  it('re-opens a resolved signal whose condition still holds, as the README walk-through shows', async () => {
    const path = (suffix: string) => `/api/cards/companies/1002/${suffix}?portalId=${PORTAL_ID}&userId=1`;
    const body = JSON.stringify({ note: 'Their admin says they log in through SSO next week' });
    const resolved = await callSigned('POST', path('signals/no_first_login/resolve'), body);
    expect(resolved.status).toBe(200);

    type History = { type: string; action: string; byUserId: string | null }[];
    let history: History = [];
    for (let waited = 0; !history.some((h) => h.action === 'reopened') && waited < 10_000; waited += 200) {
      await sleep(200);
      const card = (await (await callSigned('GET', path('onboarding'))).json()) as {
        onboarding: { signalHistory: History };
      };
      history = card.onboarding.signalHistory.filter((entry) => entry.type === 'no_first_login');
    }
    expect(history.slice(0, 2)).toEqual([
      expect.objectContaining({ action: 'reopened', byUserId: null }),
      expect.objectContaining({ action: 'resolved', byUserId: '1' }),
    ]);
  }, 20_000);

  // npm itself gets the Ctrl-C too and, like a shell, reports the interrupt (signal SIGINT, status 130 in a
  // terminal) even when the script exits 0; the demo's own verdict is its last line, then the port is closed.
  it('stops cleanly on Ctrl-C', async () => {
    process.kill(-(demo.pid ?? 0), 'SIGINT');
    const [code, signal] = await exited;
    expect([
      { code: 0, signal: null },
      { code: null, signal: 'SIGINT' },
    ]).toContainEqual({ code, signal });
    expect(output.trimEnd().endsWith('Stopped cleanly.')).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 20_000);
});
