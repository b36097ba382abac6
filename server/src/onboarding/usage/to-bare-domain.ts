/**
 * `https://www.Acme.com/path` → `acme.com`: products send domains in many shapes and HubSpot keeps the bare host,
 * so usage sent by domain and the domain on the company record meet in this one form.
 */
export function toBareDomain(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}
