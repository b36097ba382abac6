import { callCardApi } from './call-card-api.ts';

/** GET /api/cards/companies/:companyId/health-history — the last 90 days of health and the days signals fired. */
export const fetchHealthHistory = (companyId: string) => callCardApi('getHealthHistory', { companyId }, null);
