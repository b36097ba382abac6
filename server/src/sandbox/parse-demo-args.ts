/** The demo's command-line options: `npm run demo -- [--speed N] [--seed N]`. */
export interface DemoArgs {
  /** Simulated milliseconds per real millisecond; 1 is real time, 86400 a simulated day per second. */
  speed: number;
  /** The sandbox portfolio's seed: the same seed gives the same portal. */
  seed: number;
}

export const DEMO_USAGE =
  'usage: npm run demo -- [--speed N] [--seed N]   (N: a number; --speed 86400 = a day per second)';

const defaults: DemoArgs = { speed: 1, seed: 42 };

/** Parses `--name value` or `--name=value` pairs; speed must be at least 1 so the demo clock never lags real time. */
export function parseDemoArgs(args: readonly string[]): { ok: true; value: DemoArgs } | { ok: false; problem: string } {
  const parsed: DemoArgs = { ...defaults };
  for (let i = 0; i < args.length; i += 1) {
    const [flag = '', inline] = (args[i] ?? '').split('=', 2);
    const text = inline ?? args[(i += 1)];
    if (flag !== '--speed' && flag !== '--seed') return { ok: false, problem: `unknown option ${flag}\n${DEMO_USAGE}` };
    const value = Number(text);
    if (text === undefined || text.trim() === '' || !Number.isFinite(value)) {
      return { ok: false, problem: `${flag} expects a number\n${DEMO_USAGE}` };
    }
    if (flag === '--speed' && value < 1) return { ok: false, problem: `--speed must be at least 1\n${DEMO_USAGE}` };
    if (flag === '--seed' && !Number.isInteger(value)) return { ok: false, problem: `--seed must be an integer` };
    parsed[flag === '--speed' ? 'speed' : 'seed'] = value;
  }
  return { ok: true, value: parsed };
}
