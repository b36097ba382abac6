export * from './calendar.ts';
export * from './iso.ts';
