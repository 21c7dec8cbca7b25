import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/runCli';

const read = (file: string) => readFileSync(`${PROJECT}/${file}`, 'utf8');
const testFiles = globSync(
  ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'tests/**/*.{test,spec}.ts', 'tests/helpers/*.ts'],
  { cwd: PROJECT, exclude: (path) => path.includes('node_modules') },
).sort();

/** Lines of `files` matching `pattern`, as "file:line: text". */
const offending = (files: string[], pattern: RegExp) =>
  files.flatMap((file) =>
    read(file)
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );

describe('test files', () => {
  it('are found', () => {
    expect(testFiles.length).toBeGreaterThan(80);
  });

  it('never sleep: they wait for the event itself, or use an injected or simulated clock', () => {
    // A fixed pause is either too short on a busy machine (a flake) or longer than needed (slow).
    const sleep = /waitForTimeout\(|new Promise[^\n]*setTimeout\(\s*(r|resolve)\s*,/;
    // Not waits: a poll with its own deadline for a background pass the test cannot observe, and a probe's pacing.
    const allowed = new Set(['server/api/workforceCost.test.ts']);
    expect(
      offending(
        testFiles.filter((f) => !allowed.has(f)),
        sleep,
      ),
    ).toEqual([]);
  });

  it('that describe the curriculum shipped in content/ are kept together in tests/curriculum/, named *.curriculum.test.ts', () => {
    // Everywhere else tests run on fixture curricula, so replacing content/ breaks only these.
    const readsShippedContent =
      /(checkContent|readCurriculum|readCoverageThresholds)\((join\(import\.meta\.dirname[^)]*\)|project|PROJECT|process\.cwd\(\)|'\.')\)/;
    const outside = testFiles.filter((f) => !f.startsWith('tests/curriculum/') && !f.startsWith('tests/e2e/'));
    expect(offending(outside, readsShippedContent)).toEqual([]);
    expect(
      globSync('tests/curriculum/*.ts', { cwd: PROJECT }).filter((f) => !f.endsWith('.curriculum.test.ts')),
    ).toEqual([]);
  });
});
