import { useState } from 'react';
import { Button, DateInput, Flex, Input, NumberInput, Select, StatusTag } from '@hubspot/ui-extensions';
import type { ContractCriterionDirection, CriterionView } from '../../packages/contract/index.ts';
import { agreeCriterion } from '../api/onboarding-api.ts';
import { directionOptions, parseDirection, toIsoDate, toPickerDate } from './format-values.ts';
import type { PickerDate } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

/**
 * A criterion without a target or a due date is only a proposal (docs/PRODUCT.md §2): it counts towards `no_criteria`
 * until the CSM agrees its terms with the customer. The form starts from what the criterion already has, else from
 * the playbook's suggestion; the baseline may stay empty (captured later, `no_baseline` reminds from day 14). The
 * direction is sent only when the CSM changes it (fewer tickets: a decrease), else the criterion keeps its own.
 */
export const CriteriaAgreementForm = ({
  criterion,
  runner,
  renegotiate = false,
}: {
  criterion: CriterionView;
  runner: OnboardingActionRunner;
  /** An agreed criterion whose terms change with the customer: a baseline captured late, a target or date moved. */
  renegotiate?: boolean;
}) => {
  const { suggestion } = criterion;
  const [target, setTarget] = useState<number | undefined>(criterion.target ?? suggestion?.target);
  const [baseline, setBaseline] = useState<number | undefined>(criterion.baseline ?? suggestion?.baseline ?? undefined);
  const proposedDueDate = criterion.dueDate ?? suggestion?.dueDate ?? null;
  const [dueDate, setDueDate] = useState<PickerDate | undefined>(
    proposedDueDate === null ? undefined : toPickerDate(proposedDueDate),
  );
  const [direction, setDirection] = useState<ContractCriterionDirection>(criterion.direction);
  const [baselineDate, setBaselineDate] = useState<PickerDate | undefined>(
    criterion.baselineDate === null ? undefined : toPickerDate(criterion.baselineDate),
  );
  const [evidence, setEvidence] = useState(criterion.baselineEvidence ?? '');
  const { companyId, pending, run } = runner;
  return (
    <Flex direction="column" gap="xs">
      {renegotiate ? null : (
        <StatusTag testId={`to-agree-${criterion.id}`} variant="warning">
          To agree with the customer
        </StatusTag>
      )}
      <Flex direction="row" gap="xs" align="end" wrap>
        <NumberInput name={`target-${criterion.id}`} label="Target" required value={target} onChange={setTarget} />
        <NumberInput name={`baseline-${criterion.id}`} label="Baseline" value={baseline} onChange={setBaseline} />
        <DateInput
          name={`due-date-${criterion.id}`}
          label="Due date"
          required
          format="YYYY-MM-DD"
          value={dueDate}
          onChange={({ year, month, date }) => setDueDate({ year, month, date })}
        />
        <DateInput
          name={`baseline-date-${criterion.id}`}
          label="Baseline measured on"
          format="YYYY-MM-DD"
          value={baselineDate}
          onChange={({ year, month, date }) => setBaselineDate({ year, month, date })}
        />
        <Input
          name={`baseline-evidence-${criterion.id}`}
          label="Baseline evidence (export, link)"
          value={evidence}
          onChange={setEvidence}
        />
        <Select
          name={`direction-${criterion.id}`}
          label="Direction"
          value={direction}
          options={directionOptions}
          onChange={(value) => setDirection(parseDirection(value))}
        />
        <Button
          testId={`${renegotiate ? 'renegotiate' : 'agree'}-${criterion.id}`}
          size="sm"
          variant="primary"
          disabled={pending || target === undefined || dueDate === undefined}
          onClick={() => {
            if (target === undefined || dueDate === undefined) return;
            void run(
              () =>
                agreeCriterion(companyId, criterion.id, {
                  target,
                  baseline: baseline ?? null,
                  dueDate: toIsoDate(dueDate),
                  ...(direction === criterion.direction ? {} : { direction }),
                  ...(baselineDate === undefined ? {} : { baselineDate: toIsoDate(baselineDate) }),
                  ...(evidence.trim() === (criterion.baselineEvidence ?? '')
                    ? {}
                    : { baselineEvidence: evidence.trim() }),
                }),
              `${criterion.name}: ${renegotiate ? 'new terms saved' : 'agreed with the customer'}.`,
            );
          }}
        >
          {renegotiate ? 'Save new terms' : 'Agree criterion'}
        </Button>
      </Flex>
    </Flex>
  );
};
