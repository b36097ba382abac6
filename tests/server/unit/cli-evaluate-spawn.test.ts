import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { snapshotExamplePath } from '../../fixtures/build-snapshot-document.ts';

const projectRoot = new URL('../../../', import.meta.url).pathname;

/** The real command line, through npm and tsx, for real exit codes and streams. */
const runNpmEvaluate = (args: string[], input?: string) =>
  spawnSync('npm', ['run', '--silent', 'evaluate', '--', ...args], { cwd: projectRoot, input, encoding: 'utf8' });

/** npm may add its own configuration warnings on stderr; only our lines matter. */
const toOwnLines = (stderr: string): string[] =>
  stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'));

describe('npm run --silent evaluate (spawned)', () => {
  it('exits 0 with the assessment as JSON on stdout', () => {
    const result = runNpmEvaluate([snapshotExamplePath]);
    expect(result.status).toBe(0);
    expect(toOwnLines(result.stderr)).toEqual([]);
    expect(JSON.parse(result.stdout)).toMatchObject({
      asOf: '2026-03-02T12:00:00Z',
      companies: [{ companyId: '101' }],
    });
  });

  it('exits 2 with one line on stderr for an invalid snapshot on stdin', () => {
    const result = runNpmEvaluate(['-'], JSON.stringify({ onboardings: [] }));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(toOwnLines(result.stderr)).toEqual(['asOf: required']);
  });
});
