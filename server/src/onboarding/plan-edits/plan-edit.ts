import type { Onboarding } from '@liftoff/shared/domain/index';

/** The parts of the plan a person's edit replaces; the store saves the onboarding with them. */
export type PlanChanges = Partial<Pick<Onboarding, 'criteria' | 'milestones' | 'firstWeekSteps'>>;
