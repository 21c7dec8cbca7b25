import { z } from 'zod';

/** What saving one module for offline use fetches: its page (its test-out mode included), checks, search passage and images. */
export const offlineModuleSchema = z.object({
  /** Same-origin URLs, as the pages request them (`/modules/x/`, `/_astro/canvas.abc.svg`). */
  urls: z.array(z.string().startsWith('/')),
  /** The files' size on disk, in bytes: an estimate of the download (the server may compress them). */
  bytes: z.number().int().nonnegative(),
});
/** One module's entry in the offline manifest. */
export type OfflineModule = z.infer<typeof offlineModuleSchema>;

/** `/offline-modules.json` (and `/<locale>/offline-modules.json`), written at build time: every module's offline files by module id. */
export const offlineManifestSchema = z.record(z.string(), offlineModuleSchema);
/** The offline manifest: module id → its files. */
export type OfflineManifest = z.infer<typeof offlineManifestSchema>;

/**
 * Where the build writes the offline manifest of the pages under `base` ("/" or "/fr/"), and a page
 * there fetches it: saving a journey read in French saves the French pages.
 */
export const offlineManifestUrl = (base: string) => `${base}offline-modules.json`;
/** The runtime cache that holds visited and saved module files (the service worker and the pages agree on it). */
export const OFFLINE_CACHE = 'cohesion-offline';
