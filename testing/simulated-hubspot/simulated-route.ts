import { randomUUID } from 'node:crypto';

/** One answer of the simulated HubSpot: status, JSON body, extra headers. */
export interface SimulatedAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Which rolling budget a route spends: HubSpot's burst limit, the search limit, or none (exempt endpoints). */
export type SimulatedBudget = 'burst' | 'search' | 'exempt';

export interface SimulatedRoute {
  method: string;
  pattern: RegExp;
  name: string;
  budget: SimulatedBudget;
  handle: (params: readonly string[], body: unknown, query: URLSearchParams) => SimulatedAnswer;
}

/** HubSpot's error body: a category, a message and a correlation id. */
export function toSimulatedError(status: number, category: string, message: string): SimulatedAnswer {
  return { status, body: { category, message, correlationId: randomUUID() } };
}
