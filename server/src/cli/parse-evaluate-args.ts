export const evaluateFormats = ['json', 'table'] as const;
export type EvaluateFormat = (typeof evaluateFormats)[number];

export interface EvaluateArgs {
  /** A file path, or `-` for stdin. */
  input: string;
  format: EvaluateFormat;
}

export type ParsedEvaluateArgs = { ok: true; args: EvaluateArgs } | { ok: false; issue: string };

export const evaluateUsage = 'usage: npm run --silent evaluate -- [--format json|table] <snapshot.json | ->';

const isFormat = (value: string): value is EvaluateFormat => (evaluateFormats as readonly string[]).includes(value);

/** `[--format json|table] <path | ->`, options before or after the input; anything else is a usage error. */
export function parseEvaluateArgs(argv: readonly string[]): ParsedEvaluateArgs {
  let format: EvaluateFormat = 'json';
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[(i += 1)] : arg.slice('--format='.length);
      if (value === undefined || !isFormat(value)) {
        return { ok: false, issue: `--format: expected json or table (${evaluateUsage})` };
      }
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, issue: `unknown option ${arg} (${evaluateUsage})` };
    } else {
      inputs.push(arg);
    }
  }
  const [input, ...extra] = inputs;
  if (input === undefined) return { ok: false, issue: `missing snapshot path (${evaluateUsage})` };
  if (extra.length > 0) return { ok: false, issue: `one snapshot at a time, got ${inputs.length} (${evaluateUsage})` };
  return { ok: true, args: { input, format } };
}
