/**
 * The offline project check (docs/HUBSPOT.md §5): HubSpot's schemas are served per account, so without one
 * we check what can be checked — hsproject.json, every *-hsmeta.json parsed and none silently skipped, uids,
 * entrypoints, one service origin across the static files, and no code importing from outside the project.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { translateForLocalDev } from '@hubspot/project-parsing-lib/translate';
import { isKnownPlatformVersion, validateProjectConfig } from '@hubspot/project-parsing-lib/projects';
import { validateUid } from '@hubspot/project-parsing-lib/uid';
import { findServiceUrls } from '../../server/src/cli/hubspot-configure.ts';

export interface ProjectComponent {
  uid: string;
  type: string;
  metaFilePath: string;
  entrypoint: string | null;
}

export interface ProjectCheck {
  problems: string[];
  components: ProjectComponent[];
}

const importPattern = /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.parentPath.includes('node_modules'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const readEntrypoint = (config: unknown): string | null => {
  if (typeof config !== 'object' || config === null || !('entrypoint' in config)) return null;
  return typeof config.entrypoint === 'string' ? config.entrypoint : null;
};

async function findEscapingImports(srcDir: string, files: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files.filter((name) => /\.(ts|tsx)$/.test(name))) {
    for (const [, specifier] of (await readFile(file, 'utf8')).matchAll(importPattern)) {
      if (specifier === undefined || !specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      if (path.relative(srcDir, target).startsWith('..')) {
        problems.push(`${path.relative(srcDir, file)}: imports ${specifier}, outside the project`);
      }
    }
  }
  return problems;
}

export async function checkHubspotProject(projectDir: string): Promise<ProjectCheck> {
  const problems: string[] = [];
  const config: unknown = JSON.parse(await readFile(path.join(projectDir, 'hsproject.json'), 'utf8'));
  try {
    validateProjectConfig(config, projectDir);
  } catch (error) {
    problems.push(`hsproject.json: ${error instanceof Error ? error.message : String(error)}`);
    return { problems, components: [] };
  }
  if (config.platformVersion !== '2026.03') problems.push(`platformVersion is ${config.platformVersion}, not 2026.03`);
  if (!isKnownPlatformVersion(config.platformVersion))
    problems.push(`unknown platformVersion ${config.platformVersion}`);

  const srcDir = path.join(projectDir, config.srcDir);
  const files = await listFiles(srcDir);
  // translate() drops a file whose JSON does not parse without a word, so each one is parsed here first.
  for (const file of files.filter((name) => name.endsWith('-hsmeta.json'))) {
    try {
      JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      problems.push(`${path.relative(srcDir, file)}: invalid JSON (${error instanceof Error ? error.message : error})`);
    }
  }
  const { intermediateRepresentation, skippedHsMetaFiles } = await translateForLocalDev({
    projectSourceDir: srcDir,
    platformVersion: config.platformVersion,
  });
  for (const file of skippedHsMetaFiles) problems.push(`${file}: skipped (not at the root of a component folder)`);

  const components: ProjectComponent[] = [];
  for (const [uid, node] of Object.entries(intermediateRepresentation.intermediateNodesIndexedByUid)) {
    const uidProblem = validateUid(uid);
    if (uidProblem) problems.push(`${node.metaFilePath}: ${uidProblem}`);
    for (const error of node.localDev.parsingErrors) problems.push(`${node.metaFilePath}: ${error}`);
    const entrypoint = readEntrypoint(node.config);
    if (entrypoint !== null && !existsSync(path.join(srcDir, entrypoint))) {
      problems.push(`${node.metaFilePath}: entrypoint ${entrypoint} not found`);
    }
    components.push({ uid, type: node.componentType, metaFilePath: node.metaFilePath, entrypoint });
  }

  const urls = await findServiceUrls(projectDir);
  const origins = new Set(urls.map((use) => use.origin));
  if (origins.size !== 1) {
    problems.push(
      `the service origin disagrees between static files: ${urls.map((use) => `${use.file} → ${use.origin}`).join('; ')}`,
    );
  }
  problems.push(...(await findEscapingImports(srcDir, files)));
  return { problems, components };
}
