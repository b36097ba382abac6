import type { ReplayRange } from '@liftoff/shared/domain/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { parseIsoDate } from '@liftoff/shared/time/iso';

export const evaluateFormats = ['json', 'table'] as const;
export type EvaluateFormat = (typeof evaluateFormats)[number];

export interface EvaluateArgs {
  /** A file path, or `-` for stdin. */
  input: string;
  format: EvaluateFormat;
  /** `--replay FROM..TO`: the days to replay; null for one assessment at the snapshot's `asOf`. */
  replay: ReplayRange | null;
}

export type ParsedEvaluateArgs = { ok: true; args: EvaluateArgs } | { ok: false; issue: string };

export const evaluateUsage =
  'usage: npm run --silent evaluate -- [--format json|table | --replay FROM..TO] <snapshot.json | ->';

/** A replay evaluates every day of its range: two years at most keeps a large portfolio's replay in seconds. */
export const maxReplayDays = 730;

const isFormat = (value: string): value is EvaluateFormat => (evaluateFormats as readonly string[]).includes(value);

/** `FROM..TO`, two `YYYY-MM-DD` dates, FROM not after TO, at most `maxReplayDays` days both included. */
function parseReplayRange(value: string | undefined): { ok: true; range: ReplayRange } | { ok: false; issue: string } {
  const [fromText, toText, ...rest] = (value ?? '').split('..');
  const from = fromText === undefined ? null : parseIsoDate(fromText);
  const to = toText === undefined ? null : parseIsoDate(toText);
  if (from === null || to === null || rest.length > 0) {
    return { ok: false, issue: `--replay: expected FROM..TO, two dates YYYY-MM-DD (${evaluateUsage})` };
  }
  if (from > to) return { ok: false, issue: `--replay: FROM ${fromText} is after TO ${toText}` };
  const days = (to - from) / DAY_MS + 1;
  if (days > maxReplayDays) {
    return { ok: false, issue: `--replay: at most ${maxReplayDays} days, got ${days} (${fromText}..${toText})` };
  }
  return { ok: true, range: { from, to } };
}

/**
 * `[--format json|table] [--replay FROM..TO] <path | ->`, options before or after the input; anything else is a
 * usage error. The replay prints JSON only, so it does not take `--format table`.
 */
export function parseEvaluateArgs(argv: readonly string[]): ParsedEvaluateArgs {
  let format: EvaluateFormat = 'json';
  let replay: ReplayRange | null = null;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[(i += 1)] : arg.slice('--format='.length);
      if (value === undefined || !isFormat(value)) {
        return { ok: false, issue: `--format: expected json or table (${evaluateUsage})` };
      }
      format = value;
    } else if (arg === '--replay' || arg.startsWith('--replay=')) {
      const parsed = parseReplayRange(arg === '--replay' ? argv[(i += 1)] : arg.slice('--replay='.length));
      if (!parsed.ok) return parsed;
      replay = parsed.range;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, issue: `unknown option ${arg} (${evaluateUsage})` };
    } else {
      inputs.push(arg);
    }
  }
  if (replay !== null && format === 'table') {
    return { ok: false, issue: `--replay: prints JSON only, not --format table (${evaluateUsage})` };
  }
  const [input, ...extra] = inputs;
  if (input === undefined) return { ok: false, issue: `missing snapshot path (${evaluateUsage})` };
  if (extra.length > 0) return { ok: false, issue: `one snapshot at a time, got ${inputs.length} (${evaluateUsage})` };
  return { ok: true, args: { input, format, replay } };
}
