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
    const page = '<h1>A</h1><img src="/_astro/canvas.abc.svg" alt="">';
    write('modules/a/index.html', page);
    write('modules/a/checks.json', '[]');
    write('modules/a/test-out/index.html', '<h1>Test out</h1>');
    write('search-fragments/a.json', '{}');
    write('_astro/canvas.abc.svg', '<svg/>');
    write('modules/b/index.html', '<h1>B</h1>');
    write('modules/index.html', '<h1>All modules</h1>');

    const manifest = offlineModuleFiles(site);

    expect(Object.keys(manifest).sort()).toEqual(['a', 'b']);
    expect([...manifest.a!.urls].sort()).toEqual([
      '/_astro/canvas.abc.svg',
      '/modules/a/',
      '/modules/a/checks.json',
      '/modules/a/test-out/',
      '/search-fragments/a.json',
    ]);
    expect(manifest.a!.bytes).toBe(page.length + 2 + '<h1>Test out</h1>'.length + 2 + '<svg/>'.length);
    expect(manifest.b).toEqual({ urls: ['/modules/b/'], bytes: '<h1>B</h1>'.length });
  });
});
