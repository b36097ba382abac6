import type { Assessment } from '@liftoff/shared/domain/index';

export interface AssessmentStore {
  /** Keeps the last assessment per company (the one the card and the portfolio show). */
  save(portalId: string, assessment: Assessment): Promise<void>;
  get(portalId: string, companyId: string): Promise<Assessment | null>;
  list(portalId: string): Promise<Assessment[]>;
}
