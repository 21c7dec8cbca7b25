import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SMALL_SEARCH_BYTES, searchPrecache } from './searchPrecache';

const sites: string[] = [];
/** A built site with a manifest and shards of `shardBytes` in all. */
function site(shardBytes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'search-precache-'));
  sites.push(dir);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('search-index.json', '{}');
  write('fr/search-index.json', '{}');
  for (let i = 0; i < 4; i++) write(`search-shards/${i}.json`, 'x'.repeat(shardBytes / 4));
  write('search-records/0.json', '[]');
  write('search-fragments/a.json', '{}');
  return dir;
}
afterAll(() => {
  for (const dir of sites) rmSync(dir, { recursive: true, force: true });
});

describe('searchPrecache', () => {
  it('precaches every locale’s manifest, and the shards, records and passages while they are small', () => {
    expect(searchPrecache(site(40_000))).toEqual([
      'search-index.json',
      '*/search-index.json',
      'search-shards/*.json',
      'search-records/*.json',
      'search-fragments/*.json',
    ]);
  });

  it('precaches only the manifests of a large curriculum: its shards are cached as searches fetch them', () => {
    expect(searchPrecache(site(SMALL_SEARCH_BYTES + 4000))).toEqual(['search-index.json', '*/search-index.json']);
  });
});
