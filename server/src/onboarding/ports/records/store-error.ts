/** Closed set of reasons a store mutation is refused; adapters map them to HTTP errors. */
export type StoreErrorCode =
  | 'onboarding_not_found'
  | 'onboarding_exists'
  | 'criterion_not_found'
  | 'milestone_not_found'
  | 'signal_not_found'
  | 'stakeholder_not_found';

export interface StoreError {
  code: StoreErrorCode;
  message: string;
}
