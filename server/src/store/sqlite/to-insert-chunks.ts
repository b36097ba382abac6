/**
 * Rows per multi-row INSERT. SQLite binds at most 32,766 variables per statement: 500 rows of the widest insert
 * (the inbox, 11 columns) take 5,500. Larger statements gain nothing, as their preparation grows with them.
 */
export const ROWS_PER_INSERT = 500;

/** Splits rows into the consecutive chunks one multi-row INSERT takes each. */
export function toInsertChunks<T>(rows: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    chunks.push(rows.slice(start, start + ROWS_PER_INSERT));
  }
  return chunks;
}
