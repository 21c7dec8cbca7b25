import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testCurriculum } from '../../src/lib/workforce/testCurriculum.ts';
import { siteCurriculumReader } from './readSiteCurriculum.ts';

describe('siteCurriculumReader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-curriculum-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'curriculum.json');

  it('reads curriculum.json once and again only when its modification time changes', async () => {
    writeFileSync(file, JSON.stringify(testCurriculum));
    utimesSync(file, 1_000, 1_000);
    const read = siteCurriculumReader(dir);
    expect((await read()).version).toBe('test');
    writeFileSync(file, JSON.stringify({ ...testCurriculum, version: 'rebuilt' }));
    utimesSync(file, 1_000, 1_000);
    expect((await read()).version).toBe('test');
    utimesSync(file, 2_000, 2_000);
    expect((await read()).version).toBe('rebuilt');
  });

  it('reads and parses the file once for callers that ask at the same time (a process’s first requests)', async () => {
    writeFileSync(file, JSON.stringify(testCurriculum));
    utimesSync(file, 1_500, 1_500);
    const read = siteCurriculumReader(dir);
    const [first, second] = await Promise.all([read(), read()]);
    expect(second).toBe(first);
  });

  it('tries a file that failed to read again on the next call, without waiting for a new modification time', async () => {
    writeFileSync(file, '{ not json');
    utimesSync(file, 2_500, 2_500);
    const read = siteCurriculumReader(dir);
    await expect(read()).rejects.toThrow();
    writeFileSync(file, JSON.stringify(testCurriculum));
    utimesSync(file, 2_500, 2_500);
    expect((await read()).version).toBe('test');
  });

  it('says what to do when the file is not a curriculum', async () => {
    writeFileSync(file, JSON.stringify({ hello: 'world' }));
    utimesSync(file, 3_000, 3_000);
    await expect(siteCurriculumReader(dir)()).rejects.toThrow(/not Cohesion's curriculum.json .* rebuild the site/);
  });
});
