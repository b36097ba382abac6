import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, arch, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { benchRegistry } from './registry.ts';
import type { BenchRecord, Machine } from './to-results-markdown.ts';
import {
  benchTableHeader,
  toRatio,
  toReadmeWithResults,
  toResultsMarkdown,
  toTableCells,
} from './to-results-markdown.ts';

/**
 * `npm run bench` runs every registered benchmark, `npm run bench -- <name> [<name>…]` only those. Each run
 * replaces that bench's record in bench/results.json (other benches keep their last run) and rewrites
 * bench/RESULTS.md from it, and the README's benchmark section (between its markers) with the same table.
 */

const resultsJsonPath = new URL('./results.json', import.meta.url);
const resultsMarkdownPath = new URL('./RESULTS.md', import.meta.url);
const readmePath = new URL('../README.md', import.meta.url);

const toMachine = (): Machine => ({
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  node: process.version,
  platform: `${platform()} ${arch()}`,
  memoryGb: Math.round(totalmem() / 2 ** 30),
});

/** Written through Prettier so `npm run format:check` passes on the generated files. */
const writeFormatted = async (url: URL, text: string, parser: 'json' | 'markdown'): Promise<void> => {
  const options = (await resolveConfig(fileURLToPath(url))) ?? {};
  writeFileSync(url, await format(text, { ...options, parser }));
};

const readRecords = (): BenchRecord[] =>
  existsSync(resultsJsonPath)
    ? (JSON.parse(readFileSync(resultsJsonPath, 'utf8')) as { benches: BenchRecord[] }).benches
    : [];

const printTable = (record: BenchRecord): void => {
  const rows = [benchTableHeader, ...record.rows.map(toTableCells)];
  const widths = benchTableHeader.map((_, col) => Math.max(...rows.map((cells) => (cells[col] ?? '').length)));
  process.stdout.write(`\n${record.name} (${record.date})\n`);
  for (const cells of rows) {
    const line = cells.map((cell, col) =>
      col === 1 ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0),
    );
    process.stdout.write(`  ${line.join('  ').trimEnd()}\n`);
  }
  for (const note of record.notes) process.stdout.write(`  - ${note}\n`);
};

const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in benchRegistry));
if (unknown.length > 0) {
  process.stderr.write(`unknown bench ${unknown.join(', ')}; known: ${Object.keys(benchRegistry).join(', ')}\n`);
  process.exit(2);
}

const machine = toMachine();
let records = readRecords();
for (const name of names.length > 0 ? names : Object.keys(benchRegistry)) {
  const load = benchRegistry[name];
  if (load === undefined) continue;
  const bench = (await load()).default;
  process.stdout.write(`running ${bench.name}…\n`);
  const result = await bench.run();
  const record: BenchRecord = {
    name: bench.name,
    date: new Date(Date.now()).toISOString(),
    machine,
    rows: result.rows.map((row) => ({ ...row, ratio: toRatio(row) })),
    notes: result.notes ?? [],
  };
  printTable(record);
  records = [...records.filter((r) => r.name !== record.name), record].sort((a, b) => a.name.localeCompare(b.name));
  await writeFormatted(resultsJsonPath, JSON.stringify({ benches: records }, null, 2), 'json');
  await writeFormatted(resultsMarkdownPath, toResultsMarkdown(records), 'markdown');
  await writeFormatted(readmePath, toReadmeWithResults(readFileSync(readmePath, 'utf8'), records), 'markdown');
}
