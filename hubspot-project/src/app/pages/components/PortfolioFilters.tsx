import { Button, Flex, MultiSelect } from '@hubspot/ui-extensions';
import {
  UNASSIGNED_OWNER,
  contractOnboardingStatuses,
  contractPhases,
  contractRiskLevels,
} from '../../packages/contract/index.ts';
import type {
  ContractOnboardingStatus,
  ContractPhase,
  ContractRiskLevel,
  PortfolioFilterOptionsView,
  PortfolioQuery,
} from '../../packages/contract/index.ts';
import { phaseLabels, toMonthLabel, toWordsLabel } from '../../packages/card-client/format-values.ts';
import { toOwnerLabel } from './portfolio-labels.ts';

/** The part of the portfolio query both endpoints take; sort and paging belong to the table alone. */
export type PortfolioFilters = Pick<PortfolioQuery, 'owner' | 'template' | 'cohort' | 'risk' | 'phase' | 'status'>;

export const hasActiveFilter = (filters: PortfolioFilters): boolean =>
  Object.values(filters).some((values) => values !== undefined && values.length > 0);

/** A MultiSelect's values back as the filter's own values (its options are exactly those). */
const toValues = <T extends string>(values: unknown[], allowed: readonly T[] | null): T[] =>
  values.map(String).filter((value): value is T => allowed === null || (allowed as readonly string[]).includes(value));

/**
 * One multi-select per filter; the owners, templates and cohorts come from the whole portfolio (the aggregates'
 * `options`), so picking one never makes the others disappear. Empty = all.
 */
export const PortfolioFilterBar = ({
  options,
  filters,
  onChange,
}: {
  options: PortfolioFilterOptionsView;
  filters: PortfolioFilters;
  onChange: (filters: PortfolioFilters) => void;
}) => {
  const owners = [
    ...options.owners.map((owner) => ({ label: toOwnerLabel(owner), value: owner.id })),
    ...(options.unassigned ? [{ label: toOwnerLabel(null), value: UNASSIGNED_OWNER }] : []),
  ];
  const set = (key: keyof PortfolioFilters, values: string[]) =>
    onChange({ ...filters, [key]: values.length === 0 ? undefined : values });
  return (
    <Flex direction="row" gap="sm" wrap="wrap" align="end">
      <MultiSelect
        name="filter-owner"
        label="CSM"
        placeholder="All"
        value={filters.owner ?? []}
        options={owners}
        onChange={(values) => set('owner', toValues(values, null))}
      />
      <MultiSelect
        name="filter-template"
        label="Template"
        placeholder="All"
        value={filters.template ?? []}
        options={options.templates.map((template) => ({ label: toWordsLabel(template), value: template }))}
        onChange={(values) => set('template', toValues(values, null))}
      />
      <MultiSelect
        name="filter-cohort"
        label="Cohort (start month)"
        placeholder="All"
        value={filters.cohort ?? []}
        options={options.cohorts.map((cohort) => ({ label: toMonthLabel(cohort), value: cohort }))}
        onChange={(values) => set('cohort', toValues(values, null))}
      />
      <MultiSelect
        name="filter-risk"
        label="Risk"
        placeholder="All"
        value={filters.risk ?? []}
        options={contractRiskLevels.map((risk) => ({ label: toWordsLabel(risk), value: risk }))}
        onChange={(values) => set('risk', toValues<ContractRiskLevel>(values, contractRiskLevels))}
      />
      <MultiSelect
        name="filter-phase"
        label="Phase"
        placeholder="All"
        value={filters.phase ?? []}
        options={contractPhases.map((phase) => ({ label: phaseLabels[phase], value: phase }))}
        onChange={(values) => set('phase', toValues<ContractPhase>(values, contractPhases))}
      />
      <MultiSelect
        name="filter-status"
        label="Status"
        placeholder="All"
        value={filters.status ?? []}
        options={contractOnboardingStatuses.map((status) => ({ label: toWordsLabel(status), value: status }))}
        onChange={(values) => set('status', toValues<ContractOnboardingStatus>(values, contractOnboardingStatuses))}
      />
      <Button testId="clear-filters" size="sm" disabled={!hasActiveFilter(filters)} onClick={() => onChange({})}>
        Clear filters
      </Button>
    </Flex>
  );
};
