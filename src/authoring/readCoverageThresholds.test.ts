import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COVERAGE_FILE, readCoverageThresholds } from './readCoverageThresholds';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project folder whose coverage.yaml holds `text`. */
function projectWith(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'cohesion-thresholds-'));
  roots.push(root);
  mkdirSync(join(root, COVERAGE_FILE, '..'), { recursive: true });
  writeFileSync(join(root, COVERAGE_FILE), text);
  return root;
}

describe('readCoverageThresholds', () => {
  it('names the line of a YAML syntax error', () => {
    const { issues, found } = readCoverageThresholds(
      projectWith('# thresholds\nmaxGapsAboveTarget: 0\nmaxPrerequisiteChain: a: b\n'),
    );

    expect(found).toBe(true);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: COVERAGE_FILE, line: 3 });
    expect(issues[0]!.message).toMatch(/^YAML syntax error/);
  });

  it('names the line of an unknown threshold', () => {
    const { issues } = readCoverageThresholds(projectWith('# thresholds\n\nmaxGapz: 0\n'));

    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: COVERAGE_FILE, field: 'maxGapz', line: 3 });
  });

  it('reads the item analysis settings, with defaults for what is left out', () => {
    const { thresholds, issues } = readCoverageThresholds(projectWith('itemAnalysis:\n  minResponses: 50\n'));

    expect(issues).toEqual([]);
    expect(thresholds.itemAnalysis).toEqual({ minResponses: 50, tooEasy: 0.9, tooHard: 0.3, minDiscrimination: 0 });
    expect(readCoverageThresholds(projectWith('failOn: []\n')).thresholds.itemAnalysis.minResponses).toBe(30);
  });

  it('refuses a minimum of responses under 5, so no figure stands for a handful of learners', () => {
    const { issues } = readCoverageThresholds(projectWith('itemAnalysis:\n  minResponses: 2\n'));

    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: COVERAGE_FILE, field: 'itemAnalysis.minResponses', line: 2 });
    expect(issues[0]!.hint).toContain('at least 5');
  });
});
