import { join } from 'node:path';
import { installFolderPackage } from './installFolderPackage';

/** The folder package (tools/lint) that holds Biome and dependency-cruiser, apart from the project's own install. */
export const lintPackage = join(import.meta.dirname, '..', '..', 'tools', 'lint');
/** dependency-cruiser's ES module entry once tools/lint is installed. */
const dependencyCruiserEntry = join(lintPackage, 'node_modules', 'dependency-cruiser', 'src', 'main', 'index.mjs');

/** What the layer-rule tests read of a cruise: each violation's rule and the two modules. */
export type CruiseViolations = { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
/** dependency-cruiser's `cruise`, as far as the layer-rule tests call it. */
export type Cruise = (files: string[], options: object) => Promise<{ output: unknown }>;

/**
 * dependency-cruiser's `cruise`, installing tools/lint the way `npm run lint` does (`npm install`, since the
 * registry lacks some platforms' optional Biome binaries that `npm ci` would insist on) the first time.
 */
export async function lintToolsCruise(): Promise<Cruise> {
  await installFolderPackage(lintPackage, dependencyCruiserEntry, { args: ['install'] });
  const { cruise } = await import(dependencyCruiserEntry);
  return cruise as Cruise;
}
