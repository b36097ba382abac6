/**
 * What `uie build-dev <entrypoint>` does (the dev server's buildSingleExtension: vite, no minification,
 * HubSpot's code-checking plugin on), but into an output folder of our choosing so tests never write
 * into the project.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { buildSingleExtension } from '@hubspot/ui-extensions-dev-server/build';

export async function bundleExtension(entrypointPath: string, outDir: string): Promise<string[]> {
  await buildSingleExtension({
    file: entrypointPath,
    outputDir: outDir,
    root: path.dirname(entrypointPath),
    minify: false,
    logLevel: 'silent',
    appConfig: { variables: {} },
    codeCheckingPluginEnabled: true,
    securityAuditPluginEnabled: false,
  });
  return (await readdir(outDir)).sort();
}
