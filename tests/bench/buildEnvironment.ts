import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `NAME=value … astro build`: the environment assignments an npm build script makes before Astro. */
const BUILD_SCRIPT = /^((?:[A-Z_][A-Z0-9_]*=\S*\s+)*)astro build\b/;

/**
 * The environment variables a build script (package.json's `build`) sets before `astro build`: the
 * bench runs Astro itself (no npm wrapper in the measured process tree) with the same settings.
 */
export function buildEnvironment(script: string): Record<string, string> {
  const match = BUILD_SCRIPT.exec(script.trim());
  if (!match)
    throw new Error(`package.json's build script should be \`[NAME=value …] astro build\`, not \`${script}\``);
  return Object.fromEntries(
    match[1]!
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}

/** The environment of the project's own `npm run build` (read from its package.json). */
export function projectBuildEnvironment(project: string): Record<string, string> {
  const { scripts } = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { scripts: { build: string } };
  return buildEnvironment(scripts.build);
}
