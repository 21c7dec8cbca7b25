import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precacheManifest } from './precacheManifest';

/** A built site in a temporary folder, with these files and contents. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cohesion-precache-'));
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

const options = { maximumFileBytes: 1024, hashedUrls: /^_astro\// };

describe('precacheManifest', () => {
  it('lists the files the patterns match, once each, sorted, with their total size', () => {
    const dir = site({
      'index.html': 'home',
      'journey/index.html': 'journey',
      'modules/a/index.html': 'a module',
      'fr/offline/index.html': 'hors ligne',
      '_astro/client.abc123.js': 'js',
    });
    const { entries, size } = precacheManifest(dir, {
      ...options,
      patterns: ['index.html', '{journey,review}/index.html', '*/offline/index.html', '_astro/**/*.js', 'index.html'],
    });
    expect(entries.map((e) => e.url)).toEqual([
      '_astro/client.abc123.js',
      'fr/offline/index.html',
      'index.html',
      'journey/index.html',
    ]);
    expect(size).toBe('js'.length + 'hors ligne'.length + 'home'.length + 'journey'.length);
  });

  it('revises a file by its contents, and leaves a hashed bundle unrevised: its name is its revision', () => {
    const before = precacheManifest(site({ 'index.html': 'home', '_astro/a.1.js': 'x' }), {
      ...options,
      patterns: ['index.html', '_astro/*.js'],
    });
    const same = precacheManifest(site({ 'index.html': 'home', '_astro/a.1.js': 'x' }), {
      ...options,
      patterns: ['index.html', '_astro/*.js'],
    });
    const changed = precacheManifest(site({ 'index.html': 'home, rebuilt', '_astro/a.1.js': 'x' }), {
      ...options,
      patterns: ['index.html', '_astro/*.js'],
    });
    expect(before.entries).toEqual([
      { url: '_astro/a.1.js', revision: null },
      { url: 'index.html', revision: expect.stringMatching(/^[0-9a-f]{32}$/) },
    ]);
    expect(same.entries).toEqual(before.entries);
    expect(changed.entries[1]!.revision).not.toBe(before.entries[1]!.revision);
  });

  it('leaves out what an ignore pattern matches, and a file over the size limit with a warning', () => {
    const dir = site({
      '_astro/evidencePlot.abc.js': 'for leads',
      '_astro/client.abc.js': 'for everyone',
      '_astro/huge.abc.js': 'x'.repeat(2048),
    });
    const { entries, warnings } = precacheManifest(dir, {
      ...options,
      patterns: ['_astro/*.js'],
      ignores: ['_astro/evidencePlot.*.js'],
    });
    expect(entries.map((e) => e.url)).toEqual(['_astro/client.abc.js']);
    expect(warnings).toEqual([expect.stringContaining('_astro/huge.abc.js is 2048 bytes')]);
  });
});
