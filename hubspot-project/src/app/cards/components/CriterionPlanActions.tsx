import { useState } from 'react';
import { Button, Flex, Input, Select } from '@hubspot/ui-extensions';
import type { ContractCriterionDirection, CriterionView, EditCriterionBody } from '../../packages/contract/index.ts';
import { editCriterion, retireCriterion } from '../api/onboarding-api.ts';
import { directionOptions, parseDirection } from './format-values.ts';
import { CriteriaAgreementForm } from './CriteriaAgreementForm.tsx';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

const toNullableText = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Only what the CSM changed is sent: the service keeps every field the body leaves out. */
const toChanges = (
  criterion: CriterionView,
  edited: { name: string; unit: string; direction: ContractCriterionDirection },
): EditCriterionBody => ({
  ...(edited.name.trim() === criterion.name ? {} : { name: edited.name.trim() }),
  ...(toNullableText(edited.unit) === criterion.unit ? {} : { unit: toNullableText(edited.unit) }),
  ...(edited.direction === criterion.direction ? {} : { direction: edited.direction }),
});

/**
 * Correcting what a criterion measures (name, unit, which way is better), in a form opened on demand; renegotiating
 * an agreed criterion's terms (a baseline captured late, a target or due date moved with the customer, as
 * `no_baseline` and `criterion_at_risk` ask); and retiring it: a retired criterion counts nowhere (not in health, risk or the criteria count) and stays for the record.
 */
export const CriterionPlanActions = ({
  criterion,
  runner,
}: {
  criterion: CriterionView;
  runner: OnboardingActionRunner;
}) => {
  const [editing, setEditing] = useState(false);
  const [renegotiating, setRenegotiating] = useState(false);
  const [name, setName] = useState(criterion.name);
  const [unit, setUnit] = useState(criterion.unit ?? '');
  const [direction, setDirection] = useState<ContractCriterionDirection>(criterion.direction);
  const { companyId, pending, run } = runner;
  const changes = toChanges(criterion, { name, unit, direction });
  return (
    <Flex direction="column" gap="xs">
      <Flex direction="row" gap="xs">
        <Button
          testId={`show-edit-${criterion.id}`}
          size="sm"
          variant="transparent"
          disabled={pending}
          onClick={() => setEditing((open) => !open)}
        >
          Edit
        </Button>
        {criterion.measurable ? (
          <Button
            testId={`show-renegotiate-${criterion.id}`}
            size="sm"
            variant="transparent"
            disabled={pending}
            onClick={() => setRenegotiating((open) => !open)}
          >
            Renegotiate
          </Button>
        ) : null}
        <Button
          testId={`retire-${criterion.id}`}
          size="sm"
          variant="transparent"
          disabled={pending}
          onClick={() => void run(() => retireCriterion(companyId, criterion.id), `${criterion.name}: retired.`)}
        >
          Retire
        </Button>
      </Flex>
      {editing ? (
        <Flex direction="row" gap="xs" align="end" wrap>
          <Input name={`edit-name-${criterion.id}`} label="Criterion" required value={name} onChange={setName} />
          <Input name={`edit-unit-${criterion.id}`} label="Unit" value={unit} onChange={setUnit} />
          <Select
            name={`edit-direction-${criterion.id}`}
            label="Direction"
            value={direction}
            options={directionOptions}
            onChange={(value) => setDirection(parseDirection(value))}
          />
          <Button
            testId={`edit-${criterion.id}`}
            size="sm"
            variant="primary"
            disabled={pending || name.trim() === '' || Object.keys(changes).length === 0}
            onClick={() =>
              void run(async () => {
                const result = await editCriterion(companyId, criterion.id, changes);
                if (result.ok) setEditing(false);
                return result;
              }, `${name.trim()}: saved.`)
            }
          >
            Save changes
          </Button>
        </Flex>
      ) : null}
      {renegotiating ? <CriteriaAgreementForm criterion={criterion} runner={runner} renegotiate /> : null}
    </Flex>
  );
};
