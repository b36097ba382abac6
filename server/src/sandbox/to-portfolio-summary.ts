import type { Assessment, Onboarding, RiskLevel } from '@liftoff/shared/domain/index';
import { riskLevels } from '@liftoff/shared/domain/index';
import { evaluateCohorts, toSeverityRank } from '@liftoff/shared/engine/index';

export interface PortfolioSummaryInput {
  /** The stored assessments, one per company. */
  assessments: readonly Assessment[];
  /** The onboardings they assess, for names and cohorts. */
  onboardings: readonly Pick<Onboarding, 'companyId' | 'companyName' | 'startDate' | 'usageTracked'>[];
  /** How many of the most at-risk companies to list. */
  top?: number;
}

const riskRank = (level: RiskLevel): number => riskLevels.indexOf(level);

/** Most at risk first: risk level, then escalation, then the worst open signal, then the lowest health score. */
export function compareByRisk(a: Assessment, b: Assessment): number {
  const worstSignal = (assessment: Assessment) => toSeverityRank(assessment.signals[0]?.severity ?? 'info');
  return (
    riskRank(b.riskLevel) - riskRank(a.riskLevel) ||
    b.escalationLevel - a.escalationLevel ||
    worstSignal(b) - worstSignal(a) ||
    a.healthScore - b.healthScore ||
    a.companyId.localeCompare(b.companyId)
  );
}

const toAligned = (rows: readonly string[][]): string[] => {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
};

const toPercent = (rate: number | null): string => (rate === null ? 'n/a' : `${Math.round(rate * 100)}%`);

/**
 * The demo's portfolio summary (the CS manager's view, docs/PRODUCT.md §1): companies per risk level, the most
 * at-risk companies with their top signal's evidence, and the activation rate at 30/60/90 days per monthly cohort.
 */
export function toPortfolioSummary(input: PortfolioSummaryInput): string {
  const byId = new Map(input.onboardings.map((onboarding) => [onboarding.companyId, onboarding]));
  const counts = [...riskLevels]
    .reverse()
    .map((level) => `${level} ${input.assessments.filter((a) => a.riskLevel === level).length}`);
  const atRisk = [...input.assessments].sort(compareByRisk).slice(0, input.top ?? 10);
  const atRiskRows = atRisk.map((a) => {
    const top = a.signals[0];
    return [
      a.companyId,
      byId.get(a.companyId)?.companyName ?? '-',
      a.riskLevel,
      `health ${a.healthScore}`,
      `day ${a.day}`,
      `esc ${a.escalationLevel}`,
      top === undefined ? '-' : `${top.type}: ${top.evidence}`,
    ];
  });
  const cohorts = evaluateCohorts(
    input.assessments.flatMap((a) => {
      const onboarding = byId.get(a.companyId);
      return onboarding === undefined ? [] : [{ onboarding, day: a.day, activation: a.activation }];
    }),
  );
  const cohortRows = cohorts.map((c) => [
    c.cohort,
    String(c.size),
    toPercent(c.activationRate.d30),
    toPercent(c.activationRate.d60),
    toPercent(c.activationRate.d90),
  ]);
  return [
    `Portfolio: ${input.assessments.length} onboardings — ${counts.join(' · ')}`,
    '',
    `Most at risk (top ${atRisk.length}):`,
    ...toAligned(atRiskRows).map((line) => `  ${line}`),
    '',
    'Activation rate by cohort (onboardings started that month):',
    ...toAligned([['COHORT', 'SIZE', 'D30', 'D60', 'D90'], ...cohortRows]).map((line) => `  ${line}`),
    '',
  ].join('\n');
}
