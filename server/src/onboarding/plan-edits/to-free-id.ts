/**
 * `<company>-<letter><n>` with the smallest n ≥ 1 not in `taken`: the scheme the templates' plans use
 * (`101-m3`, `101-c2`), so an item a person adds reads like the others and stays unique in the portal.
 */
export function toFreeId(companyId: string, letter: string, taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`${companyId}-${letter}${n}`)) n += 1;
  return `${companyId}-${letter}${n}`;
}
