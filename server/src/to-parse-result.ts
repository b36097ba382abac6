import type { z } from 'zod';
import { toErrorIssues } from '@liftoff/shared/contract/index';
import type { ErrorIssue } from '@liftoff/shared/contract/index';
import { fail, succeed } from './result.ts';
import type { Result } from './result.ts';

/** A zod parse as the one Result: the parsed value, or the issues the wire and the settings page show. */
export function toParseResult<T>(parsed: z.ZodSafeParseResult<T>): Result<T, ErrorIssue[]> {
  return parsed.success ? succeed(parsed.data) : fail(toErrorIssues(parsed.error));
}
