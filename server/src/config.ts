import { existsSync } from 'node:fs';
import { z } from 'zod';

/**
 * The service's configuration, read from the environment once at start-up.
 * This is the only module that reads `process.env`; everything else receives a `Config`.
 */
export interface Config {
  port: number;
  /** The origin (plus optional path prefix) HubSpot calls; v3 signatures are computed over it, never over the local URL. */
  publicBaseUrl: string;
  hubspot: { accessToken: string; clientSecret: string };
  /** The portals this deployment serves: static auth today, the one portal of HUBSPOT_PORTAL_ID. */
  portals: StaticPortalDeployment;
  databasePath: string;
  /** How often the scheduler re-assesses onboardings, because time-based signals change with no event arriving. */
  sweepIntervalMs: number;
  /** A company's usage is re-assessed, and its usage properties written back, at most once per this interval. */
  usageFlushIntervalMs: number;
  /** How long assessment history is kept; at least the card's 90 days and the trends' 12 weeks. */
  historyRetentionDays: number;
  logLevel: LogLevel;
  /** How long a graceful stop waits for in-flight requests and work before closing connections. */
  shutdownTimeoutMs: number;
}

/**
 * Static auth (the only mode the configuration produces): one portal per deployment, the one whose access token
 * the service holds. HubSpot installs a static-auth app only into the account that owns it (docs/HUBSPOT.md §8).
 */
export interface StaticPortalDeployment {
  mode: 'static';
  portalId: string;
}

/**
 * Several portals (OAuth distribution, planned): the portals that installed the app. No portal is the default one,
 * so a request must name its portal.
 */
export interface MultiPortalDeployment {
  mode: 'multi_portal';
  installedPortalIds: ReadonlySet<string>;
}

/** Which HubSpot portals a deployment serves; `decideRequestPortal` (server/src/http) decides every request by it. */
export type PortalDeployment = StaticPortalDeployment | MultiPortalDeployment;

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface ConfigProblem {
  variable: string;
  message: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] };

const DURATION_UNITS_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;

/** A duration such as `90s`, `15m` or `1h`; a unit is required so `3600` is never mistaken for seconds. */
const durationSchema = z
  .string()
  .trim()
  .regex(/^\d+(ms|s|m|h)$/, 'expected a duration such as 30s, 15m or 1h')
  .transform((text) => {
    const [, amount = '0', unit = 'ms'] = /^(\d+)(ms|s|m|h)$/.exec(text) ?? [];
    return Number(amount) * DURATION_UNITS_MS[unit as keyof typeof DURATION_UNITS_MS];
  })
  .refine((ms) => ms > 0, 'expected a duration greater than zero');

const requiredText = z.string().trim().min(1, 'is required');

const envSchema = z.object({
  PORT: z.coerce.number({ error: 'expected a port number' }).int().min(0).max(65_535).default(3000),
  PUBLIC_BASE_URL: requiredText
    .pipe(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://liftoff.example.com' }))
    .refine((url) => !/[?#]/.test(url), 'must not contain a query or a fragment')
    .transform((url) => url.replace(/\/+$/, '')),
  HUBSPOT_ACCESS_TOKEN: requiredText,
  HUBSPOT_CLIENT_SECRET: requiredText,
  HUBSPOT_PORTAL_ID: requiredText.regex(/^\d+$/, 'expected the numeric HubSpot account id'),
  DATABASE_PATH: requiredText.default('./data/liftoff.db'),
  SWEEP_INTERVAL: durationSchema.prefault('1h'),
  USAGE_FLUSH_INTERVAL: durationSchema.prefault('1m'),
  HISTORY_RETENTION_DAYS: z.coerce
    .number({ error: 'expected a number of days' })
    .int()
    .min(91, 'expected at least 91 days (the card shows 90)')
    .default(400),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_TIMEOUT: durationSchema.prefault('10s'),
});

export type EnvVariable = keyof typeof envSchema.shape;
type Env = Readonly<Record<string, string | undefined>>;

/** Parses the whole configuration and reports every bad or missing variable at once. */
export function parseConfig(env: Env): ConfigResult {
  const defined = toDefinedValues(env);
  const parsed = envSchema.safeParse(defined);
  if (!parsed.success) return { ok: false, problems: toConfigProblems(parsed.error, defined) };
  const values = parsed.data;
  return {
    ok: true,
    config: {
      port: values.PORT,
      publicBaseUrl: values.PUBLIC_BASE_URL,
      hubspot: {
        accessToken: values.HUBSPOT_ACCESS_TOKEN,
        clientSecret: values.HUBSPOT_CLIENT_SECRET,
      },
      portals: { mode: 'static', portalId: values.HUBSPOT_PORTAL_ID },
      databasePath: values.DATABASE_PATH,
      sweepIntervalMs: values.SWEEP_INTERVAL,
      usageFlushIntervalMs: values.USAGE_FLUSH_INTERVAL,
      historyRetentionDays: values.HISTORY_RETENTION_DAYS,
      logLevel: values.LOG_LEVEL,
      shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT,
    },
  };
}

/** Parses only the named variables, for CLIs that need a subset (e.g. `npm run sign` needs the client secret only). */
export function parseEnvSubset<K extends EnvVariable>(
  env: Env,
  variables: readonly K[],
): { ok: true; values: Pick<z.output<typeof envSchema>, K> } | { ok: false; problems: ConfigProblem[] } {
  const subsetSchema = z.object(
    Object.fromEntries(variables.map((variable) => [variable, envSchema.shape[variable]])),
  ) as unknown as z.ZodType<Pick<z.output<typeof envSchema>, K>>;
  const defined = toDefinedValues(env);
  const parsed = subsetSchema.safeParse(defined);
  if (!parsed.success) return { ok: false, problems: toConfigProblems(parsed.error, defined) };
  return { ok: true, values: parsed.data };
}

/**
 * Reads `process.env` (after `.env` in the working directory, when present; real environment variables win).
 * Exits the process with every problem listed when the configuration is invalid.
 */
export function loadConfig(): Config {
  loadDotEnvFile();
  const result = parseConfig(process.env);
  if (result.ok) return result.config;
  exitWithProblems(result.problems);
}

/**
 * Reads `process.env` alone, never `.env` (the demo must not pick up a deployment's database or secret), with
 * fallbacks for unset variables computed from the set ones (the demo derives PUBLIC_BASE_URL from PORT).
 * Exits the process with every problem listed when the configuration is invalid.
 */
export function loadConfigWithDefaults(
  toDefaults: (env: Readonly<Record<string, string>>) => Record<string, string>,
): Config {
  const defined = toDefinedValues(process.env);
  const result = parseConfig({ ...toDefaults(defined), ...defined });
  if (result.ok) return result.config;
  exitWithProblems(result.problems);
}

/** Reads only the named variables from `process.env`; exits with every problem listed when one is invalid. */
export function loadEnvSubset<K extends EnvVariable>(variables: readonly K[]): Pick<z.output<typeof envSchema>, K> {
  loadDotEnvFile();
  const result = parseEnvSubset(process.env, variables);
  if (result.ok) return result.values;
  exitWithProblems(result.problems);
}

/** `process.env` after `.env` in the working directory (real environment variables win), for CLIs that parse a subset. */
export function loadEnvironment(): NodeJS.ProcessEnv {
  loadDotEnvFile();
  return process.env;
}

/** Formats problems one per line, naming the variable; values are never echoed because some are secrets. */
export function toConfigErrorMessage(problems: readonly ConfigProblem[]): string {
  const lines = problems.map((problem) => `  ${problem.variable}: ${problem.message}`);
  return [`Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...lines].join(
    '\n',
  );
}

function loadDotEnvFile(): void {
  if (existsSync('.env')) process.loadEnvFile('.env');
}

function exitWithProblems(problems: readonly ConfigProblem[]): never {
  process.stderr.write(`${toConfigErrorMessage(problems)}\nSee .env.example for every variable.\n`);
  process.exit(2);
}

/** Empty strings count as unset, so `PORT=` in a .env file falls back to the default instead of failing oddly. */
function toDefinedValues(env: Env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

function toConfigProblems(error: z.ZodError, defined: Record<string, string>): ConfigProblem[] {
  return error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? '(root)');
    return { variable, message: variable in defined ? issue.message : 'is required' };
  });
}
