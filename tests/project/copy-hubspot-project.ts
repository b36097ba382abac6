import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../hubspot-project');

/** A throwaway copy of hubspot-project/ (no node_modules, no build output) for tests that break things. */
export async function copyHubspotProject(): Promise<string> {
  const target = path.join(await mkdtemp(path.join(os.tmpdir(), 'liftoff-project-')), 'hubspot-project');
  await cp(projectDir, target, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}node_modules`) && !source.includes(`${path.sep}dist`),
  });
  return target;
}
