import type { z } from 'zod';
import { toErrorIssues } from '@liftoff/shared/contract/index';
import { HttpError } from '../http-error.ts';

/** Parses the path parameters, the query string or the body, or answers 400 with one issue per problem. */
export function parseCardInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'path' | 'query' | 'body',
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new HttpError('invalid_request', `The request ${where} is not valid.`, toErrorIssues(parsed.error));
}
