import { describe, expect, it } from 'vitest';
import { COMPANY_IDS_PER_QUERY, readByCompany } from '../../../server/src/store/sqlite/read-by-company.ts';

const toIds = (count: number) => Array.from({ length: count }, (_, index) => `c${index}`);

describe('reading rows of many companies', () => {
  it.each([
    { companies: 0, statements: [] },
    { companies: 1, statements: [1] },
    { companies: COMPANY_IDS_PER_QUERY, statements: [COMPANY_IDS_PER_QUERY] },
    { companies: COMPANY_IDS_PER_QUERY + 1, statements: [COMPANY_IDS_PER_QUERY, 1] },
    { companies: 2 * COMPANY_IDS_PER_QUERY + 7, statements: [COMPANY_IDS_PER_QUERY, COMPANY_IDS_PER_QUERY, 7] },
  ])('reads $companies companies in statements of $statements ids', async ({ companies, statements }) => {
    const sizes: number[] = [];

    await readByCompany(toIds(companies), (chunk) => {
      sizes.push(chunk.length);
      return Promise.resolve([]);
    });

    expect(sizes).toEqual(statements);
  });

  it('groups the rows by company in the order they were read, leaving out companies without rows', async () => {
    const rows = [
      { company_id: 'b', position: 0 },
      { company_id: 'a', position: 0 },
      { company_id: 'b', position: 1 },
    ];

    const byCompany = await readByCompany(['a', 'b', 'c'], () => Promise.resolve(rows));

    expect([...byCompany]).toEqual([
      ['b', [rows[0], rows[2]]],
      ['a', [rows[1]]],
    ]);
  });
});
