import type { ActivityStore } from './activity-store.ts';
import type { AssessmentStore } from './assessment-store.ts';
import type { HandoffStore } from './handoff-store.ts';
import type { InboxStore } from './inbox-store.ts';
import type { OnboardingStore } from './onboarding-store.ts';
import type { OwnerStore } from './owner-store.ts';
import type { HistoryStore } from './history-store.ts';
import type { PortalSettingsStore } from './portal-settings-store.ts';
import type { PortfolioRowStore } from './portfolio-row-store.ts';
import type { SyncStateStore } from './sync-state-store.ts';

export interface StoreHealth {
  ok: boolean;
  migrations: { applied: number; pending: number };
}

/** Every store port over one database, with its lifecycle. */
export interface Store {
  inbox: InboxStore;
  onboardings: OnboardingStore;
  activity: ActivityStore;
  assessments: AssessmentStore;
  syncState: SyncStateStore;
  portalSettings: PortalSettingsStore;
  portfolioRows: PortfolioRowStore;
  handoffs: HandoffStore;
  owners: OwnerStore;
  history: HistoryStore;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
