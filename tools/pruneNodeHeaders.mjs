// Run by the root install (`postinstall`): removes the C headers that the pinned Node 24 (the `node`
// devDependency) ships for compiling native addons, 67 MB of the root install. Nothing here compiles one
// (every native package comes prebuilt), and node-gyp fetches its own headers when something does.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const platformPackages = join(import.meta.dirname, '..', 'node_modules', 'node', 'node_modules');
if (existsSync(platformPackages))
  for (const name of readdirSync(platformPackages).filter((n) => /^node-(bin-)?[a-z0-9]+-[a-z0-9]+$/.test(n)))
    rmSync(join(platformPackages, name, 'include'), { recursive: true, force: true });
