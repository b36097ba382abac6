import type { z } from 'zod';
import type { ErrorIssue } from '@liftoff/shared/contract/index';

/** What an input failed on, as the cards and the API report it: each issue's path dotted (`a.0.b`) with its message. */
export function toInputIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
