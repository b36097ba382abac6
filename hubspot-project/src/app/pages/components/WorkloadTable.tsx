import {
  Button,
  Flex,
  Heading,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@hubspot/ui-extensions';
import { UNASSIGNED_OWNER } from '../../packages/contract/index.ts';
import type { WorkloadView } from '../../packages/contract/index.ts';
import { toOwnerLabel } from './portfolio-labels.ts';

/** Each CSM's current load; a name narrows the whole page to that CSM's onboardings (the owner filter). */
export const WorkloadTable = ({
  workload,
  onSelectOwner,
}: {
  workload: WorkloadView[];
  onSelectOwner: (ownerId: string) => void;
}) => (
  <Flex direction="column" gap="sm">
    <Heading>Workload per CSM</Heading>
    <Table testId="workload-table" bordered density="condensed">
      <TableHead>
        <TableRow>
          <TableHeader>CSM</TableHeader>
          <TableHeader>Teams</TableHeader>
          <TableHeader>Onboardings in progress</TableHeader>
          <TableHeader>At risk</TableHeader>
          <TableHeader>Overdue checkpoints</TableHeader>
          <TableHeader>Open high/critical signals</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {workload.map((row) => {
          const ownerId = row.owner?.id ?? UNASSIGNED_OWNER;
          return (
            <TableRow key={ownerId}>
              <TableCell>
                <Button
                  testId={`workload-owner-${ownerId}`}
                  variant="transparent"
                  size="sm"
                  onClick={() => onSelectOwner(ownerId)}
                >
                  {toOwnerLabel(row.owner)}
                </Button>
              </TableCell>
              <TableCell>
                {row.owner === null || row.owner.teams.length === 0 ? '—' : row.owner.teams.join(', ')}
              </TableCell>
              <TableCell>{row.onboardings}</TableCell>
              <TableCell>{row.atRisk}</TableCell>
              <TableCell>{row.overdueCheckpoints}</TableCell>
              <TableCell>{row.openSevereSignals}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  </Flex>
);
