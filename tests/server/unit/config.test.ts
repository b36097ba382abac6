import { describe, expect, it } from 'vitest';
import { parseConfig, parseEnvSubset, toConfigErrorMessage } from '../../../server/src/config.ts';

const VALID_ENV = {
  PUBLIC_BASE_URL: 'https://liftoff.example.com',
  HUBSPOT_ACCESS_TOKEN: 'pat-na1-test-token',
  HUBSPOT_CLIENT_SECRET: 'test-client-secret',
  HUBSPOT_PORTAL_ID: '62515',
};

describe('parseConfig', () => {
  it('applies defaults for every optional variable', () => {
    expect(parseConfig(VALID_ENV)).toEqual({
      ok: true,
      config: {
        port: 3000,
        publicBaseUrl: 'https://liftoff.example.com',
        hubspot: { accessToken: 'pat-na1-test-token', clientSecret: 'test-client-secret' },
        portals: { mode: 'static', portalId: '62515' },
        databasePath: './data/liftoff.db',
        sweepIntervalMs: 3_600_000,
        usageFlushIntervalMs: 60_000,
        historyRetentionDays: 400,
        logLevel: 'info',
        shutdownTimeoutMs: 10_000,
      },
    });
  });

  it('lists every bad or missing variable at once', () => {
    const result = parseConfig({
      PORT: 'eighty',
      PUBLIC_BASE_URL: 'ftp://liftoff.example.com',
      HUBSPOT_PORTAL_ID: 'acme',
      SWEEP_INTERVAL: '3600',
      LOG_LEVEL: 'loud',
      SHUTDOWN_TIMEOUT: '0s',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.variable).sort()).toEqual([
      'HUBSPOT_ACCESS_TOKEN',
      'HUBSPOT_CLIENT_SECRET',
      'HUBSPOT_PORTAL_ID',
      'LOG_LEVEL',
      'PORT',
      'PUBLIC_BASE_URL',
      'SHUTDOWN_TIMEOUT',
      'SWEEP_INTERVAL',
    ]);
    expect(result.problems).toContainEqual({ variable: 'HUBSPOT_CLIENT_SECRET', message: 'is required' });
  });

  it.each([
    ['15m', 900_000],
    ['90s', 90_000],
    ['2h', 7_200_000],
    ['500ms', 500],
  ])('reads SWEEP_INTERVAL=%s as %i ms', (value, ms) => {
    const result = parseConfig({ ...VALID_ENV, SWEEP_INTERVAL: value });
    expect(result.ok && result.config.sweepIntervalMs).toBe(ms);
  });

  it.each([
    ['https://liftoff.example.com/', 'https://liftoff.example.com'],
    ['https://example.com/liftoff/', 'https://example.com/liftoff'],
    ['http://localhost:3000', 'http://localhost:3000'],
  ])('normalises PUBLIC_BASE_URL %s to %s so path concatenation signs the right URL', (value, expected) => {
    const result = parseConfig({ ...VALID_ENV, PUBLIC_BASE_URL: value });
    expect(result.ok && result.config.publicBaseUrl).toBe(expected);
  });

  it('rejects a PUBLIC_BASE_URL with a query string', () => {
    const result = parseConfig({ ...VALID_ENV, PUBLIC_BASE_URL: 'https://liftoff.example.com/?a=1' });
    expect(result.ok).toBe(false);
  });

  it('treats an empty value as unset, so the default applies', () => {
    const result = parseConfig({ ...VALID_ENV, PORT: '', LOG_LEVEL: '' });
    expect(result.ok && [result.config.port, result.config.logLevel]).toEqual([3000, 'info']);
  });

  it('never echoes a value in the error message, since some are secrets', () => {
    const result = parseConfig({ ...VALID_ENV, HUBSPOT_PORTAL_ID: 'secret-looking-value' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const message = toConfigErrorMessage(result.problems);
    expect(message).toContain('HUBSPOT_PORTAL_ID');
    expect(message).not.toContain('secret-looking-value');
  });
});

describe('parseEnvSubset', () => {
  it('checks only the variables a CLI asks for', () => {
    expect(parseEnvSubset({ HUBSPOT_CLIENT_SECRET: 's3cret' }, ['HUBSPOT_CLIENT_SECRET'])).toEqual({
      ok: true,
      values: { HUBSPOT_CLIENT_SECRET: 's3cret' },
    });
    expect(parseEnvSubset({}, ['HUBSPOT_ACCESS_TOKEN', 'HUBSPOT_PORTAL_ID'])).toEqual({
      ok: false,
      problems: [
        { variable: 'HUBSPOT_ACCESS_TOKEN', message: 'is required' },
        { variable: 'HUBSPOT_PORTAL_ID', message: 'is required' },
      ],
    });
  });
});
