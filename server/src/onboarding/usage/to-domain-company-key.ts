/** The activity key usage is kept under while its domain matches no known company. */
export function toDomainCompanyKey(domain: string): string {
  return `domain:${domain}`;
}
