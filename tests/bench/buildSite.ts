import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectBuildEnvironment } from './buildEnvironment';
import { linkNodeModules } from './linkNodeModules';
import { type RunCost, runMeasured } from './runMeasured';

const project = join(import.meta.dirname, '..', '..');

/**
 * Runs `astro build` in an Astro project folder with the Node running the benchmark (the pinned
 * Node 24), measuring time and the peak memory of the build's process tree (Astro itself, without
 * an npm wrapper, so Cohesion and Starlight are measured alike), then moves the site to `outDir`.
 * The build writes inside the project because its prerender chunks import from its node_modules.
 */
export async function astroBuild(root: string, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<RunCost> {
  const built = join(root, 'dist');
  const cost = await runMeasured(
    process.execPath,
    [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', built],
    {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    },
  );
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(dirname(outDir), { recursive: true });
  renameSync(built, outDir);
  return cost;
}

/** What of a Cohesion checkout a build needs, besides `content/` and `node_modules`. */
export const SITE_SOURCES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'] as const;

/**
 * Builds the site from a given `content/` folder in a throwaway copy of the project (so caches
 * and outputs never touch the checkout, and every build is cold) and returns how long it took and its peak memory.
 * `content` undefined builds the checkout's own content; `source` is another checkout's files
 * (SITE_SOURCES, e.g. an earlier commit's), built with this checkout's node_modules.
 */
export async function buildSite(content: string | undefined, outDir: string, source = project): Promise<RunCost> {
  const root = mkdtempSync(join(tmpdir(), 'cohesion-build-'));
  try {
    for (const entry of SITE_SOURCES) cpSync(join(source, entry), join(root, entry), { recursive: true });
    cpSync(content ?? join(project, 'content'), join(root, 'content'), { recursive: true });
    linkNodeModules(root);
    // As `npm run build` runs it: with the memory settings its script sets (BENCHMARKS.md, "Where the build's time goes").
    return await astroBuild(root, outDir, { ...projectBuildEnvironment(source), COHESION_CONTENT_DIR: '' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
