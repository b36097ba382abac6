import { readdir, readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

export interface PackageImport {
  /** The emitted file, relative to the folder searched. */
  file: string;
  /** `express`, `@hubspot/api-client`: the package a specifier such as `@hubspot/api-client/lib/x.js` loads. */
  packageName: string;
}

/**
 * Every package the JavaScript files under `dir` import (static, dynamic and re-exports, read by TypeScript's own
 * scanner): relative paths and Node's built-in modules are left out, because neither needs an installed package.
 */
export async function findPackageImports(dir: string): Promise<PackageImport[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const found = await Promise.all(
    files.map(async (file) => {
      const { importedFiles } = ts.preProcessFile(await readFile(file, 'utf8'), true, true);
      return importedFiles
        .map(({ fileName }) => fileName)
        .filter((specifier) => !specifier.startsWith('.') && !path.isAbsolute(specifier) && !isBuiltin(specifier))
        .map((specifier) => ({ file: path.relative(dir, file), packageName: toPackageName(specifier) }));
    }),
  );
  return found.flat();
}

function toPackageName(specifier: string): string {
  const segments = specifier.split('/');
  return (specifier.startsWith('@') ? segments.slice(0, 2) : segments.slice(0, 1)).join('/');
}
