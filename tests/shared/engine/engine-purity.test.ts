import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const roots = ['shared/src/engine', 'shared/src/time'];
const forbidden = [
  { pattern: /from '(node:|fs|path|http|https|net|crypto|os|child_process)/, what: 'a Node built-in' },
  { pattern: /\bprocess\./, what: 'the environment' },
  { pattern: /Date\.now\(|new Date\(\)/, what: 'the clock' },
  { pattern: /Math\.random\(/, what: 'randomness' },
  { pattern: /\bfetch\(|XMLHttpRequest|WebSocket/, what: 'the network' },
];

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listSources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the engine and time helpers are pure', () => {
  const files = roots.flatMap(listSources);

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(forbidden)('never reads $what', ({ pattern }) => {
    expect(files.filter((file) => pattern.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
