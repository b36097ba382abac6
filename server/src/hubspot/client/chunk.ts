/** Splits a list into consecutive chunks of at most `size` items (HubSpot's batch endpoints cap their inputs). */
export function toChunks<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
