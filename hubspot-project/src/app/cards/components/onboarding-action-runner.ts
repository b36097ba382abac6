import type { OnboardingView } from '../../packages/contract/index.ts';
import type { CardApiResult } from '../api/call-card-api.ts';

/** What each section of the onboarding card needs to act: the company, and one action at a time. */
export interface OnboardingActionRunner {
  companyId: string;
  pending: boolean;
  run: (send: () => Promise<CardApiResult<OnboardingView>>, successMessage: string) => Promise<boolean>;
}
