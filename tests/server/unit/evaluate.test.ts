import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runEvaluate } from '../../../server/src/cli/evaluate.ts';
import {
  buildOnboardingDocument,
  buildSnapshotDocument,
  buildSnapshotExample,
  snapshotExamplePath,
} from '../../fixtures/build-snapshot-document.ts';

const fixturesDir = dirname(snapshotExamplePath);

const runWith = async (argv: string[], stdinText = '') => {
  let stdout = '';
  let stderr = '';
  const code = await runEvaluate({
    argv,
    cwd: fixturesDir,
    stdin: Readable.from([Buffer.from(stdinText)]),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
};

const runJson = async (document: unknown) => {
  const result = await runWith(['-'], JSON.stringify(document));
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(result.stdout) as {
    asOf: string;
    companies: Record<string, unknown>[];
    cohorts: Record<string, unknown>[];
  };
};

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const severityRank = { critical: 3, high: 2, warning: 1, info: 0 } as const;

describe('npm run evaluate (in process)', () => {
  it("assesses docs/EVALUATE.md's example with exactly the contract's output shape", async () => {
    const result = await runWith([snapshotExamplePath]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout) as Awaited<ReturnType<typeof runJson>>;
    expect(Object.keys(output)).toEqual(['asOf', 'companies', 'cohorts']);
    expect(output.asOf).toBe('2026-03-02T12:00:00Z');

    const [company] = output.companies;
    expect(Object.keys(company ?? {})).toEqual([
      'companyId',
      'day',
      'phase',
      'healthScore',
      'components',
      'riskLevel',
      'riskReason',
      'escalationLevel',
      'signals',
      'activation',
      'nextAction',
      'criteria',
      'firstWeekSteps',
      'milestones',
      'completion',
    ]);
    expect(company).toMatchObject({ companyId: '101', day: 29, phase: 'activation', escalationLevel: 3 });
    expect(Object.keys(company?.['components'] as object)).toEqual([
      'usage',
      'engagement',
      'milestones',
      'criteria',
      'support',
    ]);
    for (const value of [company?.['healthScore'], ...Object.values(company?.['components'] as object)]) {
      expect(Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100).toBe(true);
    }
    expect(company?.['activation']).toEqual({ activated: false, day: null });

    const signals = company?.['signals'] as { type: string; severity: keyof typeof severityRank; detectedAt: string }[];
    for (const signal of signals) {
      expect(Object.keys(signal)).toEqual([
        'type',
        'severity',
        'status',
        'detectedAt',
        'escalationLevel',
        'evidence',
        'action',
      ]);
      expect(signal.detectedAt).toMatch(isoInstant);
    }
    expect(signals[0]).toMatchObject({
      type: 'no_first_login',
      detectedAt: '2026-02-15T00:00:00Z',
      escalationLevel: 3,
    });
    const order = signals.map((s) => [3 - severityRank[s.severity], s.type].join(' '));
    expect(order).toEqual([...order].sort());
    expect(company?.['nextAction']).toBe((signals[0] as unknown as { action: string }).action);

    expect(output.cohorts).toEqual([
      {
        cohort: '2026-02',
        size: 1,
        activationRate: { d30: null, d60: null, d90: null },
        counts: {
          d30: { activated: 0, eligible: 0 },
          d60: { activated: 0, eligible: 0 },
          d90: { activated: 0, eligible: 0 },
        },
      },
    ]);
  });

  it('gives an older snapshot the output it had before, except what docs/EVALUATE.md changed on purpose', async () => {
    // The output the previous engine gave docs/EVALUATE.md's example, recorded before the "Additions" were built.
    const previous = JSON.parse(
      readFileSync(join(fixturesDir, 'snapshot-example.previous-output.json'), 'utf8'),
    ) as Awaited<ReturnType<typeof runJson>>;
    const output = await runJson(buildSnapshotExample());
    // Changed on purpose: components follow pace, actions follow the escalation level, the next action follows
    // the chain; new fields are added (riskReason, per-item verdicts, completion, cohort counts).
    const withoutChanged = ({ components: _c, nextAction: _n, signals, ...rest }: Record<string, unknown>) => ({
      ...rest,
      signals: (signals as Record<string, unknown>[]).map(({ action: _a, ...signal }) => signal),
    });
    const added = ['riskReason', 'criteria', 'firstWeekSteps', 'milestones', 'completion'];
    expect(output.companies.map(withoutChanged).map((c) => omit(c, added))).toEqual(
      previous.companies.map(withoutChanged),
    );
    expect(output.cohorts.map((c) => omit(c, ['counts']))).toEqual(previous.cohorts);
  });

  it('reads the snapshot from stdin with `-` and a relative path from the directory it was typed in', async () => {
    const fromFile = await runWith(['snapshot-example.json']);
    const fromStdin = await runWith(['-'], JSON.stringify(buildSnapshotExample()));
    expect(fromFile.code).toBe(0);
    expect(fromStdin).toEqual(fromFile);
  });

  it('keeps the input order of companies and leaves out the usage component without a usage source', async () => {
    const output = await runJson(
      buildSnapshotDocument([
        buildOnboardingDocument({ companyId: '3', usageTracked: false }),
        buildOnboardingDocument({ companyId: '1', startDate: '2025-12-10' }),
        buildOnboardingDocument({ companyId: '2', startDate: '2026-03-02' }),
      ]),
    );
    expect(output.companies.map((c) => c.companyId)).toEqual(['3', '1', '2']);
    expect(output.companies[0]?.['components']).toMatchObject({ usage: null });
    expect(output.companies.map((c) => c['phase'])).toEqual(['activation', 'value_review', 'kickoff']);
    expect(output.cohorts.map((c) => c['cohort'])).toEqual(['2025-12', '2026-02', '2026-03']);
    expect(output.cohorts[0]).toEqual({
      cohort: '2025-12',
      size: 1,
      activationRate: { d30: 0, d60: 0, d90: null },
      counts: {
        d30: { activated: 0, eligible: 1 },
        d60: { activated: 0, eligible: 1 },
        d90: { activated: 0, eligible: 0 },
      },
    });
  });

  it.each([
    ['a missing file', ['missing.json'], '', 'cannot read snapshot missing.json: no such file'],
    ['a directory', ['.'], '', 'cannot read snapshot .: is a directory'],
    ['invalid JSON on stdin', ['-'], '{"asOf": ', /^invalid JSON in stdin: .+/],
    ['an empty stdin', ['-'], '', /^invalid JSON in stdin: .+/],
    ['a missing asOf', ['-'], JSON.stringify({ onboardings: [] }), 'asOf: required'],
    [
      'a wrong type deep in a criterion',
      ['-'],
      JSON.stringify(
        buildSnapshotDocument([
          buildOnboardingDocument(),
          buildOnboardingDocument({ criteria: [{ id: 'c1', name: 'WAU', target: 'five' }] }),
        ]),
      ),
      'onboardings[1].criteria[0].target: expected number',
    ],
    [
      'an invalid date',
      ['-'],
      JSON.stringify(buildSnapshotDocument([buildOnboardingDocument({ startDate: '2026-13-01' })])),
      'onboardings[0].startDate: expected a date YYYY-MM-DD',
    ],
    ['no snapshot argument', [], '', /^missing snapshot path \(usage: /],
    ['two snapshot arguments', ['a.json', 'b.json'], '', /^one snapshot at a time, got 2 \(usage: /],
    ['an unknown option', ['--verbose', '-'], '', /^unknown option --verbose \(usage: /],
    ['an unknown format', ['--format', 'csv', '-'], '', /^--format: expected json or table \(usage: /],
    [
      'a replay range that is not FROM..TO',
      ['--replay', '2026-02-01', '-'],
      '',
      /^--replay: expected FROM\.\.TO, two dates YYYY-MM-DD \(usage: /,
    ],
    [
      'a replay range with an impossible date',
      ['--replay=2026-02-01..2026-02-30', '-'],
      '',
      /^--replay: expected FROM\.\.TO/,
    ],
    [
      'a replay range ending before it starts',
      ['--replay', '2026-03-01..2026-02-01', '-'],
      '',
      '--replay: FROM 2026-03-01 is after TO 2026-02-01',
    ],
    [
      'a replay range over 730 days',
      ['--replay', '2024-01-01..2025-12-31', '-'],
      '',
      '--replay: at most 730 days, got 731 (2024-01-01..2025-12-31)',
    ],
    [
      'a replay as a table',
      ['--replay', '2026-02-01..2026-02-28', '--format', 'table', '-'],
      '',
      /^--replay: prints JSON only, not --format table \(usage: /,
    ],
    [
      'a replay range ending after the snapshot',
      ['--replay', '2026-02-01..2026-03-02', '-'],
      JSON.stringify(buildSnapshotDocument()),
      "--replay: TO 2026-03-02 ends after the snapshot's asOf 2026-03-02T12:00:00Z (the last whole day it knows is 2026-03-01)",
    ],
  ])('exits 2 with one line on stderr for %s', async (_case, argv, stdinText, message) => {
    const result = await runWith(argv, stdinText);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    if (typeof message === 'string') expect(result.stderr).toBe(`${message}\n`);
    else expect(result.stderr.trimEnd()).toMatch(message);
  });

  it('prints one line per company and the cohort table with --format table', async () => {
    const document = buildSnapshotExample();
    document.onboardings.push(
      buildOnboardingDocument({ companyId: '202', companyName: 'Beta BV', startDate: '2026-03-01' }),
    );
    for (const argv of [
      ['--format', 'table', '-'],
      ['-', '--format=table'],
    ]) {
      const result = await runWith(argv, JSON.stringify(document));
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n')).toEqual([
        'Liftoff portfolio as of 2026-03-02T12:00:00Z',
        '',
        expect.stringMatching(/^COMPANY +NAME +RISK +HEALTH +DAY +PHASE +ESC +TOP SIGNAL$/),
        expect.stringMatching(
          /^101 +Acme SA +critical +\d+ +29 +activation +3 +no_first_login \(critical\) \+\d+ more$/,
        ),
        expect.stringMatching(/^202 +Beta BV +\w+ +\d+ +1 +kickoff +\d +\S/),
        '',
        'COHORT   SIZE  D30  D60  D90',
        '2026-02     1  n/a  n/a  n/a',
        '2026-03     1  n/a  n/a  n/a',
        '',
      ]);
    }
  });
});

describe('npm run evaluate -- --replay (in process)', () => {
  // Started Monday 2026-02-02, never logged in, nothing planned or mapped; churned at noon on day 40.
  const churn = buildOnboardingDocument({
    companyId: '301',
    startDate: '2026-02-02',
    status: 'churned',
    closedAt: '2026-03-14T12:00:00Z',
    outcomeReason: 'no_adoption',
  });
  // Completed on day 40 after logins and a key feature use from day 1 (its criteria carry no agreement date).
  const completed = buildOnboardingDocument({
    companyId: '302',
    startDate: '2026-02-02',
    status: 'completed',
    closedAt: '2026-03-14T12:00:00Z',
    keyFeatures: ['reports'],
    criteria: [{ id: 'c1', name: 'WAU', metric: 'weekly_active_users', target: 5, dueDate: '2026-05-01' }],
    activity: {
      logins: [{ at: '2026-02-03T09:00:00Z', userId: 'u1' }],
      featureUses: [{ at: '2026-02-03T09:05:00Z', userId: 'u1', feature: 'reports' }],
    },
  });
  const snapshot = buildSnapshotDocument([churn, completed], { asOf: '2026-06-30T12:00:00Z' });

  it("prints the contract's replay shape, then the additions unwarned and notReplayed", async () => {
    const result = await runWith(['--replay', '2026-02-01..2026-03-31', '-'], JSON.stringify(snapshot));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual([
      'from',
      'to',
      'churned',
      'bySignal',
      'notReplayable',
      'unwarned',
      'notReplayed',
    ]);
    expect(output).toMatchObject({ from: '2026-02-01', to: '2026-03-31' });
    // Day 7 is 2026-02-09 (32.5 days before the close), day 14 is 2026-02-16 (25.5 days before).
    expect(output['churned']).toEqual([
      {
        companyId: '301',
        closedAt: '2026-03-14T12:00:00Z',
        signals: [
          { type: 'single_threaded', firstDetectedAt: '2026-02-09T23:59:59.999Z', leadDays: 32 },
          { type: 'no_validation_owner', firstDetectedAt: '2026-02-09T23:59:59.999Z', leadDays: 32 },
          { type: 'no_first_login', firstDetectedAt: '2026-02-16T23:59:59.999Z', leadDays: 25 },
        ],
      },
    ]);
    const bySignal = output['bySignal'] as { type: string }[];
    expect(bySignal.find((row) => row.type === 'no_first_login')).toEqual({
      type: 'no_first_login',
      accounts: 1,
      churned: 1,
      medianLeadDays: 25,
    });
    expect(bySignal.find((row) => row.type === 'single_threaded')).toEqual({
      type: 'single_threaded',
      accounts: 2,
      churned: 1,
      medianLeadDays: 32,
    });
    expect(bySignal.map((row) => Object.keys(row))).toEqual(
      bySignal.map(() => ['type', 'accounts', 'churned', 'medianLeadDays']),
    );
    const notReplayable = output['notReplayable'] as { type: string; why: string }[];
    expect(notReplayable.map((n) => n.type)).toEqual([
      'no_criteria',
      'too_many_criteria',
      'criterion_at_risk',
      'no_baseline',
    ]);
    expect(notReplayable[0]?.why).toBe(
      'criteria without an agreement date (agreedAt): when they entered the plan is unknown (1 of 2 onboardings replayed)',
    );
    expect(bySignal.map((row) => row.type)).not.toContain('no_criteria');
    expect(output['unwarned']).toEqual({ churned: [], count: 0 });
    expect(output['notReplayed']).toEqual([]);
  });

  it('leaves a churn closed after the range out of churned', async () => {
    const result = await runWith(['--replay=2026-02-01..2026-03-13', '-'], JSON.stringify(snapshot));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ churned: [], unwarned: { churned: [], count: 0 } });
  });
});

function omit(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}
