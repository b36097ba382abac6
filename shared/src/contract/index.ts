export * from './action-bodies.ts';
export * from './card-routes.ts';
export * from './error-body.ts';
export * from './handoff-view.ts';
export * from './onboarding-view.ts';
export * from './settings-view.ts';
export * from './summary-view.ts';
export * from './wire-values.ts';
