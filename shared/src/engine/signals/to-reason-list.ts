/** Several reasons for one signal as the start of its evidence sentence: joined by semicolons, first letter capitalised. */
export function toReasonList(reasons: readonly string[]): string {
  const text = reasons.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
