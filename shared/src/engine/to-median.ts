/**
 * The middle value, or the mean of the two middle ones; null for none. The one median of Liftoff's figures: the
 * replay's and the portfolio's lead times, the time to first value.
 */
export function toMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
