import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { offlineModuleFiles } from './offlineModuleFiles';

const site = mkdtempSync(join(tmpdir(), 'offline-files-'));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), text);
};
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('offlineModuleFiles', () => {
  it('lists every file of a module with its search passage and the images its pages embed, and their size', () => {
    // An image of Astro's pipeline, and one of the module body's (at its download address).
    const page = '<h1>A</h1><img src="/_astro/canvas.abc.svg" alt=""><img src="/downloads/map.0123abcd.svg" alt="">';
    write('modules/a/index.html', page);
    write('modules/a/checks.json', '[]');
    write('modules/a/test-out/index.html', '<h1>Test out</h1>');
    write('search-fragments/a.json', '{}');
    write('_astro/canvas.abc.svg', '<svg/>');
    write('downloads/map.0123abcd.svg', '<svg></svg>');
    write('modules/b/index.html', '<h1>B</h1>');
    write('modules/index.html', '<h1>All modules</h1>');

    const manifest = offlineModuleFiles(site);

    expect(Object.keys(manifest).sort()).toEqual(['a', 'b']);
    expect([...manifest.a!.urls].sort()).toEqual([
      '/_astro/canvas.abc.svg',
      '/downloads/map.0123abcd.svg',
      '/modules/a/',
      '/modules/a/checks.json',
      '/modules/a/test-out/',
      '/search-fragments/a.json',
    ]);
    expect(manifest.a!.bytes).toBe(
      page.length + 2 + '<h1>Test out</h1>'.length + 2 + '<svg/>'.length + '<svg></svg>'.length,
    );
    expect(manifest.b).toEqual({ urls: ['/modules/b/'], bytes: '<h1>B</h1>'.length });
  });

  it('lists, for another locale, its module pages, its own answer key or else the original’s, and the shared passage', () => {
    write('modules/c/index.html', '<h1>C</h1>');
    write('modules/c/checks.json', '[1]');
    write('modules/d/index.html', '<h1>D</h1>');
    write('modules/d/checks.json', '[2]');
    write('search-fragments/c.json', '{}');
    write('fr/modules/c/index.html', '<h1>C en français</h1>');
    write('fr/modules/c/checks.json', '[3]');
    write('fr/modules/c/test-out/index.html', '<h1>Test</h1>');
    // Not translated: the French page reads the original's answer key.
    write('fr/modules/d/index.html', '<h1>D</h1>');

    const manifest = offlineModuleFiles(site, 'fr');

    expect([...manifest.c!.urls].sort()).toEqual([
      '/fr/modules/c/',
      '/fr/modules/c/checks.json',
      '/fr/modules/c/test-out/',
      '/search-fragments/c.json',
    ]);
    expect([...manifest.d!.urls].sort()).toEqual(['/fr/modules/d/', '/modules/d/checks.json']);
    expect(manifest.d!.bytes).toBe('<h1>D</h1>'.length + 3);
  });
});
