/**
 * The ports the use cases depend on, and the records they carry. Adapters (store/, hubspot/, sandbox/) implement
 * them; every port is async so the SQLite store can be swapped for PostgreSQL without touching call sites.
 */
export type * from './activity-store.ts';
export type * from './assessment-store.ts';
export type * from './clock.ts';
export * from './crm-gateway.ts';
export type * from './handoff-store.ts';
export type * from './inbox-store.ts';
export type * from './onboarding-store.ts';
export type * from './owner-store.ts';
export type * from './history-store.ts';
export type * from './portal-settings-store.ts';
export type * from './portfolio-row-store.ts';
export type * from './store.ts';
export type * from './sync-state-store.ts';
export type * from './records/activity-records.ts';
export type * from './records/crm-change.ts';
export type * from './records/deal-contacts.ts';
export type * from './records/inbox-event.ts';
export * from './records/inbox-kind.ts';
export type * from './records/known-object-values.ts';
export type * from './records/owner.ts';
export type * from './records/history-entry.ts';
export * from './records/portal-settings.ts';
export * from './records/portfolio-row.ts';
export type * from './records/store-error.ts';
export type * from './records/stored-onboarding.ts';
