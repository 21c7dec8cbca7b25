import { basename, dirname } from 'node:path';
import { build } from 'vite';

/**
 * Bundles `entry` (TypeScript, with what it imports: Dexie, the pure domain code) into one classic
 * script at `outFile`, which a service worker loads with `importScripts`: no modules there.
 */
export async function bundleWorkerScript(entry: string, outFile: string): Promise<void> {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: dirname(outFile),
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'cohesionWorker', fileName: () => basename(outFile) },
    },
  });
}
