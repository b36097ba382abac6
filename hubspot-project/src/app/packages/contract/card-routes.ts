/**
 * The card API's URL table. The portal and the user come from the query string HubSpot signs
 * (`portalId`, `userId`), never from the path or the body.
 */
export const cardRoutes = {
  getOnboarding: { method: 'GET', path: '/api/cards/companies/:companyId/onboarding' },
  startOnboarding: { method: 'POST', path: '/api/cards/companies/:companyId/onboarding' },
  closeOnboarding: { method: 'POST', path: '/api/cards/companies/:companyId/onboarding/close' },
  reopenOnboarding: { method: 'POST', path: '/api/cards/companies/:companyId/onboarding/reopen' },
  getOnboardingSummary: { method: 'GET', path: '/api/cards/companies/:companyId/summary' },
  updateCriterionValue: {
    method: 'POST',
    path: '/api/cards/companies/:companyId/criteria/:criterionId/current-value',
  },
  agreeCriterion: { method: 'POST', path: '/api/cards/companies/:companyId/criteria/:criterionId/agreement' },
  setCriterionStatus: { method: 'POST', path: '/api/cards/companies/:companyId/criteria/:criterionId/status' },
  addCriterion: { method: 'POST', path: '/api/cards/companies/:companyId/criteria' },
  editCriterion: { method: 'PATCH', path: '/api/cards/companies/:companyId/criteria/:criterionId' },
  retireCriterion: { method: 'POST', path: '/api/cards/companies/:companyId/criteria/:criterionId/retire' },
  markFirstWeekStep: { method: 'POST', path: '/api/cards/companies/:companyId/first-week-steps/:stepId/mark' },
  removeFirstWeekStep: { method: 'POST', path: '/api/cards/companies/:companyId/first-week-steps/:stepId/remove' },
  completeMilestone: { method: 'POST', path: '/api/cards/companies/:companyId/milestones/:milestoneId/complete' },
  reopenMilestone: { method: 'POST', path: '/api/cards/companies/:companyId/milestones/:milestoneId/reopen' },
  replanMilestone: { method: 'POST', path: '/api/cards/companies/:companyId/milestones/:milestoneId/replan' },
  skipMilestone: { method: 'POST', path: '/api/cards/companies/:companyId/milestones/:milestoneId/skip' },
  setMilestoneOwner: { method: 'POST', path: '/api/cards/companies/:companyId/milestones/:milestoneId/owner' },
  addMilestone: { method: 'POST', path: '/api/cards/companies/:companyId/milestones' },
  logCheckpointNote: { method: 'POST', path: '/api/cards/companies/:companyId/checkpoint-notes' },
  acknowledgeSignal: { method: 'POST', path: '/api/cards/companies/:companyId/signals/:signalType/acknowledge' },
  snoozeSignal: { method: 'POST', path: '/api/cards/companies/:companyId/signals/:signalType/snooze' },
  resolveSignal: { method: 'POST', path: '/api/cards/companies/:companyId/signals/:signalType/resolve' },
  saveStakeholder: { method: 'PUT', path: '/api/cards/companies/:companyId/stakeholders/:contactId' },
  getHandoff: { method: 'GET', path: '/api/cards/deals/:dealId/handoff' },
  saveHandoff: { method: 'PUT', path: '/api/cards/deals/:dealId/handoff' },
  getSettings: { method: 'GET', path: '/api/cards/settings' },
  saveSettings: { method: 'PUT', path: '/api/cards/settings' },
  rotateUsageKey: { method: 'POST', path: '/api/cards/settings/usage-key' },
  getPortfolio: { method: 'GET', path: '/api/portfolio' },
  getPortfolioAggregates: { method: 'GET', path: '/api/portfolio/aggregates' },
  getPortfolioTrends: { method: 'GET', path: '/api/portfolio/trends' },
  getSignalOutcomes: { method: 'GET', path: '/api/portfolio/signal-outcomes' },
  getHealthHistory: { method: 'GET', path: '/api/cards/companies/:companyId/health-history' },
} as const;

export type CardRouteName = keyof typeof cardRoutes;
export type CardRoute = (typeof cardRoutes)[CardRouteName];

type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type CardRouteParams<N extends CardRouteName> = Record<PathParamNames<(typeof cardRoutes)[N]['path']>, string>;

/** Fills a route's `:params`, URL-encoding each value. */
export function toCardPath<N extends CardRouteName>(name: N, params: CardRouteParams<N>): string {
  const values: Record<string, string> = params;
  return cardRoutes[name].path.replace(/:([A-Za-z]+)/g, (_match, key: string) => encodeURIComponent(values[key] ?? ''));
}
