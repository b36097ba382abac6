import type { Assessment, CohortActivation, PortfolioAssessment } from '@liftoff/shared/domain/index';
import { toCompactIsoInstant } from '@liftoff/shared/time/iso';

type Align = 'left' | 'right';

/** Pads every column to its widest cell; the last column is not padded so lines carry no trailing blanks. */
const toAlignedLines = (header: readonly string[], rows: readonly string[][], align: readonly Align[]): string[] => {
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((row) => (row[col] ?? '').length)));
  return [header, ...rows].map((cells) =>
    cells
      .map((cell, col) => {
        if (col === cells.length - 1 && align[col] !== 'right') return cell;
        const width = widths[col] ?? 0;
        return align[col] === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  '),
  );
};

/** The most severe signal (the engine sorts them), with its status when a CSM has already handled it. */
const toTopSignal = (assessment: Assessment): string => {
  const [top, ...rest] = assessment.signals;
  if (top === undefined) return '-';
  const handled = top.status === 'open' ? '' : `, ${top.status}`;
  const more = rest.length === 0 ? '' : ` +${rest.length} more`;
  return `${top.type} (${top.severity}${handled})${more}`;
};

const toPercent = (rate: number | null): string => (rate === null ? 'n/a' : `${Math.round(rate * 100)}%`);

const toCohortRow = (c: CohortActivation): string[] => [
  c.cohort,
  String(c.size),
  toPercent(c.activationRate.d30),
  toPercent(c.activationRate.d60),
  toPercent(c.activationRate.d90),
];

/**
 * The people-readable face of `npm run evaluate --format table`: one line per company (input order) with risk,
 * health, day and top signal, then the cohort activation table. `companyNames` maps a company id to its name.
 */
export function toPortfolioTable(
  portfolio: PortfolioAssessment,
  companyNames: ReadonlyMap<string, string | null>,
): string {
  const companyLines = toAlignedLines(
    ['COMPANY', 'NAME', 'RISK', 'HEALTH', 'DAY', 'PHASE', 'ESC', 'TOP SIGNAL'],
    portfolio.companies.map((a) => [
      a.companyId,
      companyNames.get(a.companyId) ?? '-',
      a.riskLevel,
      String(a.healthScore),
      String(a.day),
      a.phase,
      String(a.escalationLevel),
      toTopSignal(a),
    ]),
    ['left', 'left', 'left', 'right', 'right', 'left', 'right', 'left'],
  );
  const cohortLines = toAlignedLines(['COHORT', 'SIZE', 'D30', 'D60', 'D90'], portfolio.cohorts.map(toCohortRow), [
    'left',
    'right',
    'right',
    'right',
    'right',
  ]);
  return [
    `Liftoff portfolio as of ${toCompactIsoInstant(portfolio.asOf)}`,
    '',
    ...companyLines,
    '',
    ...cohortLines,
    '',
  ].join('\n');
}
