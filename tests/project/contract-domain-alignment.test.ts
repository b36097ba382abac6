import { describe, expectTypeOf, it } from 'vitest';
import type {
  ContractCriterionSource,
  ContractCriterionStatus,
  ContractEscalationLevel,
  ContractMilestoneKind,
  ContractMilestoneStatus,
  ContractOnboardingStatus,
  ContractOpenSignalStatus,
  ContractPhase,
  ContractRiskLevel,
  ContractSeverity,
  ContractSignalType,
  ContractStakeholderCircle,
  ContractStakeholderRole,
} from '@liftoff/shared/contract/index';
import type {
  CriterionSource,
  CriterionStatus,
  EscalationLevel,
  MilestoneKind,
  MilestoneStatus,
  OnboardingStatus,
  Phase,
  RiskLevel,
  Severity,
  Signal,
  SignalType,
  StakeholderCircle,
  StakeholderRole,
} from '@liftoff/shared/domain/index';

// The contract repeats the domain's unions because its copy must build inside hubspot-project/ with no
// import from outside; tsc fails here the day the two drift apart.
describe('the card contract speaks the domain’s vocabulary', () => {
  it('has the same literal unions as the domain', () => {
    expectTypeOf<ContractPhase>().toEqualTypeOf<Phase>();
    expectTypeOf<ContractRiskLevel>().toEqualTypeOf<RiskLevel>();
    expectTypeOf<ContractEscalationLevel>().toEqualTypeOf<EscalationLevel>();
    expectTypeOf<ContractOnboardingStatus>().toEqualTypeOf<OnboardingStatus>();
    expectTypeOf<ContractCriterionStatus>().toEqualTypeOf<CriterionStatus>();
    expectTypeOf<ContractCriterionSource>().toEqualTypeOf<CriterionSource>();
    expectTypeOf<ContractMilestoneKind>().toEqualTypeOf<MilestoneKind>();
    expectTypeOf<ContractMilestoneStatus>().toEqualTypeOf<MilestoneStatus>();
    expectTypeOf<ContractSignalType>().toEqualTypeOf<SignalType>();
    expectTypeOf<ContractSeverity>().toEqualTypeOf<Severity>();
    expectTypeOf<ContractOpenSignalStatus>().toEqualTypeOf<Signal['status']>();
    expectTypeOf<ContractStakeholderRole>().toEqualTypeOf<StakeholderRole>();
    expectTypeOf<ContractStakeholderCircle>().toEqualTypeOf<StakeholderCircle>();
  });
});
