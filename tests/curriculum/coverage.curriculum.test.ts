import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCoverage } from '../../scripts/runCoverage';
import { checkContent } from '../../src/authoring/checkContent';
import { readCoverageThresholds } from '../../src/authoring/readCoverageThresholds';
import { buildCoverageReport } from '../../src/lib/coverage/buildCoverageReport';
import { coverageCsv } from '../../src/lib/coverage/coverageCsv';
import { runCli } from '../helpers/runCli';

// The curriculum that ships in content/, read the way defaultCurriculum.curriculum.test.ts does.
const root = join(import.meta.dirname, '..', '..');
const { curriculum } = checkContent(root);
const { thresholds, issues, found } = readCoverageThresholds(root);
const report = buildCoverageReport(curriculum, thresholds);
const { analysis } = report;

describe('coverage of the default curriculum', () => {
  it('reads content/coverage.yaml without issues', () => {
    expect({ found, issues }).toEqual({ found: true, issues: [] });
  });

  it('has a row for every competency and a cell for every level of the scale', () => {
    expect(analysis.competencies).toHaveLength(curriculum.competencies.length);
    expect(analysis.competencies.every((c) => c.cells.length === curriculum.scale.length)).toBe(true);
  });

  it('counts every competency a module develops in exactly one cell', () => {
    const counted = analysis.competencies.flatMap((c) => c.cells).reduce((n, cell) => n + cell.modules.length, 0);
    expect(counted).toBe(curriculum.modules.reduce((n, m) => n + m.develops.length, 0));
  });

  it('has no gap at or below the engagement model’s target levels', () => {
    expect(analysis.gapsAtOrBelowTarget).toEqual([]);
    expect(analysis.competencies.filter((c) => c.target > 0)).toHaveLength(curriculum.competencies.length);
  });

  it('has every module in a path, a knowledge check in each, and enough assessment items', () => {
    expect(report.health).toEqual([]);
  });

  it('keeps every path’s promises, as the content check does', () => {
    expect(
      report.paths.flatMap((p) => p.promises.filter((x) => x.reached < x.level).map((x) => `${p.id}: ${x.competency}`)),
    ).toEqual([]);
  });

  it('has local notes for every archetype in modules of at least half the competencies', () => {
    for (const region of report.regions)
      expect(region.uncovered.length, region.id).toBeLessThanOrEqual(curriculum.competencies.length / 2);
  });

  it('meets the thresholds authors set in content/coverage.yaml', () => {
    expect(report.breaches).toEqual([]);
  });

  it('exports one CSV row per competency × level', () => {
    expect(
      coverageCsv(analysis)
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toHaveLength(1 + curriculum.competencies.length * curriculum.scale.length);
  });
});

describe('npm run coverage on the default curriculum', () => {
  it('meets every threshold of content/coverage.yaml and exits 0', async () => {
    const { status, out } = await runCli(runCoverage, [root]);
    expect(out).toMatch(/^Coverage: \d+ competencies × 4 levels, \d+ modules, \d+ paths/m);
    expect(out).toContain('Gaps at or below target, most severe (0): none');
    expect(out).toContain('All coverage thresholds are met (content/coverage.yaml).');
    expect(status).toBe(0);
  });
});
