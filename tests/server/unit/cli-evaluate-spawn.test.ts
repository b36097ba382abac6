import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { snapshotExamplePath } from '../../fixtures/build-snapshot-document.ts';

const projectRoot = new URL('../../../', import.meta.url).pathname;

interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The real command line, through npm and tsx, for real exit codes and streams. */
const runNpmEvaluate = (args: string[], input = ''): Promise<Finished> =>
  new Promise((resolve) => {
    const child = execFile(
      'npm',
      ['run', '--silent', 'evaluate', '--', ...args],
      { cwd: projectRoot, encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve({ status: error === null ? 0 : (error.code as number | null), stdout, stderr }),
    );
    child.stdin?.end(input);
  });

/** npm may add its own configuration warnings on stderr; only our lines matter. */
const toOwnLines = (stderr: string): string[] =>
  stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'));

describe('npm run --silent evaluate (spawned)', () => {
  it('exits 0 with JSON on stdout for a valid file, 2 with one stderr line for an invalid snapshot on stdin', async () => {
    const [valid, invalid] = await Promise.all([
      runNpmEvaluate([snapshotExamplePath]),
      runNpmEvaluate(['-'], JSON.stringify({ onboardings: [] })),
    ]);
    expect(valid.status).toBe(0);
    expect(toOwnLines(valid.stderr)).toEqual([]);
    expect(JSON.parse(valid.stdout)).toMatchObject({ asOf: '2026-03-02T12:00:00Z', companies: [{ companyId: '101' }] });
    expect(invalid.status).toBe(2);
    expect(invalid.stdout).toBe('');
    expect(toOwnLines(invalid.stderr)).toEqual(['asOf: required']);
  });

  it('exits 2 with one stderr line for a replay range ending before it starts', async () => {
    const badRange = await runNpmEvaluate(['--replay', '2026-03-01..2026-02-01', snapshotExamplePath]);
    expect(badRange.status).toBe(2);
    expect(badRange.stdout).toBe('');
    expect(toOwnLines(badRange.stderr)).toEqual(['--replay: FROM 2026-03-01 is after TO 2026-02-01']);
  });
});
