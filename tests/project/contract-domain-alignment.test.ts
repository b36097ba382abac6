import { describe, expectTypeOf, it } from 'vitest';
import type * as contract from '@liftoff/shared/contract/index';
import type * as domain from '@liftoff/shared/domain/index';
import type { OnboardingParkReason, SignalHistoryAction } from '../../server/src/onboarding/ports/index.ts';

// The contract repeats the domain's unions because it must build inside hubspot-project/ with no import from
// outside; tsc fails here the day the two drift apart.
describe('the card contract speaks the domain’s vocabulary', () => {
  it('has the same literal unions as the domain', () => {
    expectTypeOf<contract.ContractPhase>().toEqualTypeOf<domain.Phase>();
    expectTypeOf<contract.ContractRiskLevel>().toEqualTypeOf<domain.RiskLevel>();
    expectTypeOf<contract.ContractEscalationLevel>().toEqualTypeOf<domain.EscalationLevel>();
    expectTypeOf<contract.ContractOnboardingStatus>().toEqualTypeOf<domain.OnboardingStatus>();
    expectTypeOf<contract.ContractCriterionStatus>().toEqualTypeOf<domain.CriterionStatus>();
    expectTypeOf<contract.ContractCriterionSource>().toEqualTypeOf<domain.CriterionSource>();
    expectTypeOf<contract.ContractMilestoneKind>().toEqualTypeOf<domain.MilestoneKind>();
    expectTypeOf<contract.ContractMilestoneStatus>().toEqualTypeOf<domain.MilestoneStatus>();
    expectTypeOf<contract.ContractSignalType>().toEqualTypeOf<domain.SignalType>();
    expectTypeOf<contract.ContractSeverity>().toEqualTypeOf<domain.Severity>();
    expectTypeOf<contract.ContractOpenSignalStatus>().toEqualTypeOf<domain.Signal['status']>();
    expectTypeOf<contract.ContractStakeholderRole>().toEqualTypeOf<domain.StakeholderRole>();
    expectTypeOf<contract.ContractStakeholderCircle>().toEqualTypeOf<domain.StakeholderCircle>();
    expectTypeOf<contract.ContractParkReason>().toEqualTypeOf<OnboardingParkReason>();
    expectTypeOf<contract.ContractCriterionDirection>().toEqualTypeOf<domain.CriterionDirection>();
    expectTypeOf<contract.ContractCompletedBy>().toEqualTypeOf<domain.CompletedBy>();
    expectTypeOf<contract.ContractManualMark>().toEqualTypeOf<domain.ManualMark>();
    expectTypeOf<contract.ContractCurrentSource>().toEqualTypeOf<domain.CurrentSource>();
    expectTypeOf<contract.ContractSignalHistoryAction>().toEqualTypeOf<SignalHistoryAction>();
    expectTypeOf<contract.ContractOnboardingOutcome>().toEqualTypeOf<domain.OnboardingOutcome>();
    expectTypeOf<contract.ContractOutcomeReason>().toEqualTypeOf<domain.OutcomeReason>();
  });
});
