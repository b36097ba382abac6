/** Company ids bound per `in (...)` list: far below SQLite's 32,766 variables per statement. */
export const COMPANY_IDS_PER_QUERY = 500;

/**
 * Reads the rows of many companies in a constant number of statements, one per chunk of ids, and groups them by
 * company keeping the order the statement returned them in. A company without rows is absent from the map.
 */
export async function readByCompany<R extends { company_id: string }>(
  companyIds: readonly string[],
  read: (chunk: readonly string[]) => Promise<R[]>,
): Promise<Map<string, R[]>> {
  const chunks: (readonly string[])[] = [];
  for (let start = 0; start < companyIds.length; start += COMPANY_IDS_PER_QUERY) {
    chunks.push(companyIds.slice(start, start + COMPANY_IDS_PER_QUERY));
  }
  const byCompany = new Map<string, R[]>();
  for (const row of (await Promise.all(chunks.map(read))).flat()) {
    const rows = byCompany.get(row.company_id);
    if (rows === undefined) byCompany.set(row.company_id, [row]);
    else rows.push(row);
  }
  return byCompany;
}
