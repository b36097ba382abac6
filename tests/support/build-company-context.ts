import type { CompanyContext } from '../../server/src/onboarding/ports/crm-gateway.ts';

/** A company as a CRM read answers it: company 101 with nothing attached, overridable field by field. */
export function buildCompanyContext(overrides: Partial<CompanyContext> = {}): CompanyContext {
  return {
    companyId: '101',
    name: 'Acme',
    domain: null,
    fields: {},
    stakeholders: [],
    engagements: [],
    tickets: [],
    criteria: [],
    milestones: [],
    signals: [],
    ownerId: null,
    ...overrides,
  };
}
