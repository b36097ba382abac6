/** HubSpot's search returns at most 10,000 results per query; asking for a page past that fails. */
export const searchResultCap = 10_000;
export const searchPageSize = 200;

export type SearchOperator = 'GTE' | 'GT';

/** One query over a modification-date range: `modified <operator> lowerBound`, sorted oldest first. */
export interface SearchPage {
  lowerBound: number;
  operator: SearchOperator;
  after: string;
}

export interface SearchProgress {
  current: SearchPage;
  /** HubSpot's cursor for the next page, null when this was the last one. */
  nextAfter: string | null;
  /** The modification date of the last (newest) result of the page just read. */
  lastModified: number | null;
}

/**
 * Paging is complete and respects the 10,000-result cap: results come oldest first, so when the next page would
 * pass the cap the query restarts from the newest date seen (results on that date are read again, never missed).
 * If all 10,000 share one date, the restart excludes that date to make progress.
 */
export function decideNextSearchPage(progress: SearchProgress): SearchPage | null {
  const { current, nextAfter, lastModified } = progress;
  if (nextAfter === null) return null;
  if (Number(nextAfter) < searchResultCap) return { ...current, after: nextAfter };
  if (lastModified === null) return null;
  if (lastModified > current.lowerBound) return { lowerBound: lastModified, operator: 'GTE', after: '0' };
  return { lowerBound: current.lowerBound, operator: 'GT', after: '0' };
}
