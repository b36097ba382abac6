import { createHash, randomBytes } from 'node:crypto';

/** Recognisable prefix, so a leaked key is easy to spot in a repository or a support ticket. */
const KEY_PREFIX = 'lfu_';

export interface UsageApiKey {
  /** Shown once to the admin, never stored. */
  apiKey: string;
  /** What the store keeps. */
  keyHash: string;
  /** Shown on the settings page to recognise the key. */
  lastFour: string;
}

/**
 * A new usage API key: 32 random bytes (256 bits), so a plain SHA-256 digest is enough to store it — a slow
 * password hash only matters for guessable secrets.
 */
export function createUsageApiKey(): UsageApiKey {
  const apiKey = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { apiKey, keyHash: toUsageApiKeyHash(apiKey), lastFour: apiKey.slice(-4) };
}

/** The stored form of a key: hex SHA-256 of its exact text. */
export function toUsageApiKeyHash(apiKey: string): string {
  return createHash('sha256').update(apiKey, 'utf8').digest('hex');
}
