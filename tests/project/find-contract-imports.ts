import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The imports of the card contract package that reach outside it. The contract is shared by every UI component and
 * by the service, and HubSpot builds each component with only its own folder's dependencies installed, so the
 * contract must stay dependency-free TypeScript: it may import its own files, nothing else.
 */
export async function findContractImports(contractDir: string): Promise<string[]> {
  const files = (await readdir(contractDir)).filter((name) => name.endsWith('.ts')).sort();
  const outside: string[] = [];
  for (const file of files) {
    const source = await readFile(path.join(contractDir, file), 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)) {
      if (specifier !== undefined && !/^\.\/[\w-]+\.ts$/.test(specifier)) outside.push(`${file}: ${specifier}`);
    }
  }
  return outside;
}
