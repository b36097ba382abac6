import type { Bench } from './bench.ts';

/**
 * Every benchmark `npm run bench` knows, by name; `npm run bench -- <name>` runs one. Modules load lazily so a
 * bench's dependencies are only imported when it runs. To add one: a file whose default export is a `Bench`,
 * and one line here.
 */
export const benchRegistry: Record<string, () => Promise<{ default: Bench }>> = {
  cards: () => import('./cards.ts'),
  portfolio: () => import('./portfolio.ts'),
  demo: () => import('./demo.ts'),
  engine: () => import('./engine.ts'),
  ingest: () => import('./ingest.ts'),
  hubspot: () => import('./hubspot.ts'),
};
