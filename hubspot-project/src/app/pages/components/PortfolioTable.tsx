import {
  Heading,
  Flex,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Tag,
  Text,
} from '@hubspot/ui-extensions';
import type { PortfolioPageView, PortfolioSortKey } from '../../packages/contract/index.ts';
import type { PortalLike } from '../../packages/card-client/record-links.ts';
import { toRecordUrl } from '../../packages/card-client/record-links.ts';
import { phaseLabels, toDateLabel, toWordsLabel } from '../../packages/card-client/format-values.ts';
import { riskTagVariants, toOwnerLabel } from './portfolio-labels.ts';

export interface PortfolioSort {
  sort: PortfolioSortKey;
  order: 'asc' | 'desc';
}

/** The service sorts by risk, ascending (riskiest first), when the page names no sort. */
export const defaultSort: PortfolioSort = { sort: 'risk', order: 'asc' };

const SortableHeader = ({
  label,
  sortKey,
  current,
  onSort,
}: {
  label: string;
  sortKey: PortfolioSortKey;
  current: PortfolioSort;
  onSort: (sort: PortfolioSort) => void;
}) => (
  <TableHeader
    sortDirection={current.sort !== sortKey ? 'none' : current.order === 'asc' ? 'ascending' : 'descending'}
    onSortChange={(direction) => onSort({ sort: sortKey, order: direction === 'descending' ? 'desc' : 'asc' })}
  >
    {label}
  </TableHeader>
);

/**
 * The onboardings, one page at a time: each company links to its record (where the Onboarding tab lives) on the
 * portal's own host; the sortable headers are the service's sort keys.
 */
export const PortfolioTable = ({
  view,
  portal,
  sort,
  onSort,
  onPage,
}: {
  view: PortfolioPageView;
  portal: PortalLike;
  sort: PortfolioSort;
  onSort: (sort: PortfolioSort) => void;
  onPage: (offset: number) => void;
}) => {
  const { total, limit, offset } = view.page;
  const pageCount = Math.max(1, Math.ceil(total / limit));
  const header = (label: string, sortKey: PortfolioSortKey) => (
    <SortableHeader label={label} sortKey={sortKey} current={sort} onSort={onSort} />
  );
  return (
    <Flex direction="column" gap="sm">
      <Heading>Onboardings</Heading>
      <Text testId="portfolio-range" variant="microcopy">
        {view.onboardings.length === 0 ? 'None on this page' : `${offset + 1}–${offset + view.onboardings.length}`} of{' '}
        {total}
      </Text>
      <Table
        testId="portfolio-table"
        bordered
        paginated
        pageCount={pageCount}
        page={Math.floor(offset / limit) + 1}
        onPageChange={(page) => onPage((page - 1) * limit)}
      >
        <TableHead>
          <TableRow>
            {header('Company', 'company_name')}
            <TableHeader>CSM</TableHeader>
            <TableHeader>Phase</TableHeader>
            {header('Day', 'day')}
            {header('Health', 'health')}
            {header('Risk', 'risk')}
            <TableHeader>Open signals</TableHeader>
            <TableHeader>Overdue checkpoints</TableHeader>
            {header('Next checkpoint', 'next_checkpoint')}
          </TableRow>
        </TableHead>
        <TableBody>
          {view.onboardings.map((row) => (
            <TableRow key={row.companyId}>
              <TableCell>
                <Link href={toRecordUrl(portal, '0-2', row.companyId)}>
                  {row.companyName ?? `Company ${row.companyId}`}
                </Link>
              </TableCell>
              <TableCell>{toOwnerLabel(row.owner)}</TableCell>
              <TableCell>{row.status === 'in_progress' ? phaseLabels[row.phase] : toWordsLabel(row.status)}</TableCell>
              <TableCell>{row.day}</TableCell>
              <TableCell>{row.healthScore}</TableCell>
              <TableCell>
                <Tag variant={riskTagVariants[row.riskLevel]}>{toWordsLabel(row.riskLevel)}</Tag>
              </TableCell>
              <TableCell>{row.openSignals}</TableCell>
              <TableCell>{row.overdueCheckpoints}</TableCell>
              <TableCell>{toDateLabel(row.nextCheckpointDate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
};
