import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * The service runs on the Node its root package.json declares (`engines.node`). A dependency that refuses the oldest
 * Node of that range installs there only with an EBADENGINE warning, and CI's `npm ci --engine-strict` fails on it:
 * so every package the lock file installs, dev ones included, must accept that oldest version.
 */
interface PackageEntry {
  version?: string;
  engines?: { node?: unknown };
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as T;
}

describe('the declared Node version', () => {
  const declared = readJson<PackageEntry>('package.json').engines?.node;

  it('is accepted by every package in package-lock.json, at its oldest', () => {
    const oldest = typeof declared === 'string' ? semver.minVersion(declared) : null;
    expect(oldest, `engines.node in package.json: ${String(declared)}`).not.toBeNull();
    const { packages } = readJson<{ packages: Record<string, PackageEntry> }>('package-lock.json');

    const refusing = Object.entries(packages).flatMap(([path, entry]) => {
      const range = entry.engines?.node;
      if (typeof range !== 'string' || oldest === null || semver.satisfies(oldest, range)) return [];
      return [`${path}@${entry.version ?? '?'} wants node ${range}`];
    });

    expect(refusing).toEqual([]);
  });
});
