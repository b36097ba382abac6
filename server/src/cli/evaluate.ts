import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluatePortfolio, evaluatePortfolioReplay } from '@liftoff/shared/engine/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { toCompactIsoInstant, toIsoDate } from '@liftoff/shared/time/iso';
import { parseEvaluateArgs } from './parse-evaluate-args.ts';
import { parseSnapshot } from './snapshot-schema.ts';
import { toEvaluateOutput } from './to-evaluate-output.ts';
import { toPortfolioTable } from './to-portfolio-table.ts';
import { toReplayOutput } from './to-replay-output.ts';

/**
 * `npm run --silent evaluate -- <snapshot.json | -> [--format table | --replay FROM..TO]` (docs/EVALUATE.md): the
 * rules engine on a portfolio snapshot, with no HubSpot account; `--replay` assesses it at the end of each day of
 * the range, as it was known then, and prints how early the signals warned of the churns. Exit 0 with the assessment on stdout; exit 2 with one line on
 * stderr when the arguments or the snapshot are unusable; exit 1 when the engine itself fails.
 */

export type EvaluateExitCode = 0 | 1 | 2;

export interface TextSink {
  write(text: string): unknown;
}

export interface EvaluateIo {
  argv: readonly string[];
  /** Relative snapshot paths resolve against this directory (where the user typed the command). */
  cwd: string;
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: TextSink;
  stderr: TextSink;
}

type ReadResult = { ok: true; text: string } | { ok: false; issue: string };

const readAll = async (stream: AsyncIterable<string | Uint8Array>): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
};

const toReadIssue = (input: string, error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : String((error as Error).message);
  return `cannot read snapshot ${input}: ${reason}`;
};

const readInput = async (input: string, io: EvaluateIo): Promise<ReadResult> => {
  try {
    const text = input === '-' ? await readAll(io.stdin) : await readFile(resolve(io.cwd, input), 'utf8');
    return { ok: true, text };
  } catch (error) {
    return { ok: false, issue: toReadIssue(input === '-' ? 'stdin' : input, error) };
  }
};

/** A leading byte-order mark is not JSON but editors on Windows write one. */
const parseJson = (text: string): { ok: true; document: unknown } | { ok: false; issue: string } => {
  try {
    return { ok: true, document: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { ok: false, issue: (error as Error).message };
  }
};

const fail = (io: EvaluateIo, code: EvaluateExitCode, line: string): EvaluateExitCode => {
  io.stderr.write(`${line.replace(/\s*\n\s*/g, ' ')}\n`);
  return code;
};

/** The whole command, in-process: tests call it with fake streams, the script entry with the real ones. */
export async function runEvaluate(io: EvaluateIo): Promise<EvaluateExitCode> {
  const parsedArgs = parseEvaluateArgs(io.argv);
  if (!parsedArgs.ok) return fail(io, 2, parsedArgs.issue);
  const { input, format, replay } = parsedArgs.args;

  const read = await readInput(input, io);
  if (!read.ok) return fail(io, 2, read.issue);
  const json = parseJson(read.text);
  if (!json.ok) return fail(io, 2, `invalid JSON in ${input === '-' ? 'stdin' : input}: ${json.issue}`);
  const parsed = parseSnapshot(json.document);
  if (!parsed.ok) return fail(io, 2, parsed.issue);

  const { asOf, onboardings } = parsed.snapshot;
  // The snapshot knows nothing after asOf: a day ending later would read as a day on which nothing happened.
  if (replay !== null && replay.to + DAY_MS - 1 > asOf) {
    return fail(
      io,
      2,
      `--replay: TO ${toIsoDate(replay.to)} ends after the snapshot's asOf ${toCompactIsoInstant(asOf)} ` +
        `(the last whole day it knows is ${toIsoDate(asOf - DAY_MS + 1)})`,
    );
  }
  let text: string;
  try {
    if (replay !== null) {
      text = `${JSON.stringify(toReplayOutput(evaluatePortfolioReplay(onboardings, replay)), null, 2)}\n`;
    } else {
      const portfolio = evaluatePortfolio(onboardings, asOf);
      text =
        format === 'table'
          ? toPortfolioTable(portfolio, new Map(onboardings.map((o) => [o.companyId, o.companyName])))
          : `${JSON.stringify(toEvaluateOutput(portfolio), null, 2)}\n`;
    }
  } catch (error) {
    return fail(io, 1, `evaluate failed: ${(error as Error).message}`);
  }
  io.stdout.write(text);
  return 0;
}

const isScriptEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isScriptEntry) {
  process.exitCode = await runEvaluate({
    argv: process.argv.slice(2),
    // npm runs scripts from the project root; INIT_CWD is where the user typed the command.
    cwd: process.env['INIT_CWD'] ?? process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
