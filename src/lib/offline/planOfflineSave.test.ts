import { describe, expect, it } from 'vitest';
import type { OfflineManifest } from './offlineManifest';
import { LARGE_DOWNLOAD_BYTES, planOfflineSave } from './planOfflineSave';

const manifest: OfflineManifest = {
  a: { urls: ['/modules/a/', '/modules/a/checks.json', '/_astro/canvas.svg'], bytes: 30_000 },
  b: { urls: ['/modules/b/', '/modules/b/checks.json', '/_astro/canvas.svg'], bytes: 20_000 },
  c: { urls: ['/modules/c/'], bytes: 10_000 },
};

describe('planOfflineSave', () => {
  it('fetches every file of the journey’s modules once, in module order, with their estimated size', () => {
    const plan = planOfflineSave(manifest, ['b', 'a'], () => false);
    expect(plan.urls).toEqual([
      '/modules/b/',
      '/modules/b/checks.json',
      '/_astro/canvas.svg',
      '/modules/a/',
      '/modules/a/checks.json',
    ]);
    expect(plan).toMatchObject({ bytes: 50_000, modulesToSave: ['b', 'a'], large: false });
  });

  it('leaves out what is already saved, and plans nothing when the whole journey is', () => {
    const saved = new Set(['/modules/a/', '/modules/a/checks.json', '/_astro/canvas.svg']);
    expect(planOfflineSave(manifest, ['a', 'c'], (url) => saved.has(url))).toMatchObject({
      urls: ['/modules/c/'],
      modulesToSave: ['c'],
      bytes: 10_000,
    });
    expect(planOfflineSave(manifest, ['a'], (url) => saved.has(url))).toMatchObject({ urls: [], bytes: 0 });
  });

  it('skips a module the build no longer has', () => {
    expect(planOfflineSave(manifest, ['gone', 'c'], () => false).modulesToSave).toEqual(['c']);
  });

  it('asks first when the download is large', () => {
    const big: OfflineManifest = { x: { urls: ['/modules/x/'], bytes: LARGE_DOWNLOAD_BYTES + 1 } };
    expect(planOfflineSave(big, ['x'], () => false).large).toBe(true);
  });
});
