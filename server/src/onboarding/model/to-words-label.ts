/**
 * A code value in words, `no_first_login` → "No first login": how Liftoff's values read in HubSpot (dropdown
 * options, and a signal record's name), so the name of a signal record matches its type's option label.
 */
export function toWordsLabel(value: string): string {
  const words = value.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
