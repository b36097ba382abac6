import { onboardingStatuses, phases, riskLevels } from '@liftoff/shared/domain/index';
import { UNASSIGNED_OWNER } from '@liftoff/shared/contract/index';
import { z } from 'zod';
import { portfolioSorts } from '../../onboarding/ports/index.ts';
import type { PortfolioFilters, PortfolioPageQuery } from '../../onboarding/ports/index.ts';
import { edgeString } from './edge-schemas.ts';

/** The most rows one portfolio page answers: enough for a screen, small enough to stay fast at 10,000 onboardings. */
export const PORTFOLIO_PAGE_MAX = 200;
const PORTFOLIO_PAGE_DEFAULT = 50;

/** A filter's values: `?risk=high,critical` or `?risk=high&risk=critical`, each one of `item`. */
const listOf = <T extends z.ZodType<string>>(item: T) =>
  z
    .preprocess(
      (value) =>
        (Array.isArray(value) ? value : [value]).flatMap((part: unknown) =>
          typeof part === 'string' ? part.split(',') : [part],
        ),
      z.array(item).min(1),
    )
    .optional();

/**
 * The portfolio's filters from the query string; `owner=none` keeps the onboardings whose company has no owner. Other parameters are left alone: the signed URL carries HubSpot's
 * own (`portalId`, `userId`…).
 */
export const portfolioFiltersSchema = z
  .object({
    owner: listOf(
      z.union([
        z.literal(UNASSIGNED_OWNER),
        z.string().regex(/^\d{1,20}$/, `expected an owner id or ${UNASSIGNED_OWNER}`),
      ]),
    ),
    template: listOf(edgeString().min(1).max(100)),
    cohort: listOf(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM')),
    risk: listOf(z.enum(riskLevels)),
    phase: listOf(z.enum(phases)),
    status: listOf(z.enum(onboardingStatuses)),
  })
  .transform(({ owner, template, cohort, risk, phase, status }): PortfolioFilters => ({
    ...(owner === undefined ? {} : { ownerIds: owner.map((id) => (id === UNASSIGNED_OWNER ? null : id)) }),
    ...(template === undefined ? {} : { templateIds: template }),
    ...(cohort === undefined ? {} : { cohorts: cohort }),
    ...(risk === undefined ? {} : { riskLevels: risk }),
    ...(phase === undefined ? {} : { phases: phase }),
    ...(status === undefined ? {} : { statuses: status }),
  }));

/** GET /api/portfolio's query: the filters, a sort (riskiest first by default) and an offset page. */
export const portfolioPageQuerySchema = z
  .object({
    sort: z.enum(portfolioSorts).default('risk'),
    order: z.enum(['asc', 'desc']).default('asc'),
    limit: z.coerce.number().int().min(1).max(PORTFOLIO_PAGE_MAX).default(PORTFOLIO_PAGE_DEFAULT),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .and(portfolioFiltersSchema)
  .transform(({ sort, order, limit, offset, ...filters }): PortfolioPageQuery => ({
    filters,
    sort,
    order,
    limit,
    offset,
  }));
