import type { PortfolioFigures, PortfolioFilters } from '../ports/index.ts';

const keeps = <T>(values: readonly T[] | undefined, value: T): boolean =>
  values === undefined || values.includes(value);

/**
 * Whether the portfolio's filters keep an onboarding: each filter present keeps the onboardings whose field is one
 * of its values (the owner filter's null = no owner), and the filters combine with AND. The same rule as the
 * store's page query in SQL, for what is counted in memory (the aggregates, the page's total).
 */
export function matchesPortfolioFilters(
  figures: Pick<PortfolioFigures, 'ownerId' | 'templateId' | 'cohort' | 'riskLevel' | 'phase' | 'status'>,
  filters: PortfolioFilters,
): boolean {
  return (
    keeps(filters.ownerIds, figures.ownerId) &&
    (filters.templateIds === undefined ||
      (figures.templateId !== null && filters.templateIds.includes(figures.templateId))) &&
    keeps(filters.cohorts, figures.cohort) &&
    keeps(filters.riskLevels, figures.riskLevel) &&
    keeps(filters.phases, figures.phase) &&
    keeps(filters.statuses, figures.status)
  );
}
