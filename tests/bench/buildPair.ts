import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildPair } from './benchReport';
import { astroBuild, buildSite } from './buildSite';

/**
 * A cold Cohesion build of a `content/` folder followed at once by a cold stock Starlight build of the
 * same modules (`starlightRoot`, written by writeStarlightProject), so the pair shares the machine's state.
 * `source` is the Cohesion checkout to build (default: this one).
 */
export async function buildPair(
  modules: number,
  content: string,
  out: { cohesion: string; starlight: string },
  starlightRoot: string,
  source?: string,
): Promise<BuildPair> {
  const cohesion = await buildSite(content, out.cohesion, source);
  // Starlight's caches live in its own project folder: removed, so its build is as cold as Cohesion's.
  for (const cache of ['node_modules/.astro', 'node_modules/.vite', '.astro'])
    rmSync(join(starlightRoot, cache), { recursive: true, force: true });
  const starlight = await astroBuild(starlightRoot, out.starlight);
  return {
    modules,
    cohesion,
    starlight,
    timeRatio: cohesion.seconds / starlight.seconds,
    cpuRatio: cohesion.cpuSeconds / starlight.cpuSeconds,
    memoryRatio: cohesion.peakRssBytes / starlight.peakRssBytes,
  };
}
