import type { ErrorIssue } from '@liftoff/shared/contract/index';

/**
 * The error for a stored setting that no longer parses. The settings API validated it on save, so this is a bug
 * (or a hand-edited database), not user input: it names the first issue and is thrown, never reported.
 */
export function toInvalidStoredSettingError(description: string, issues: readonly ErrorIssue[]): Error {
  const first = issues[0];
  return new Error(`${description} (${first?.path}: ${first?.message})`);
}
