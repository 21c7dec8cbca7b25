import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { buildCoverageReport } from './buildCoverageReport';
import { coverageThresholdsSchema } from './coverageThresholdsSchema';
import { formatCoverageReport } from './formatCoverageReport';

const thresholds = coverageThresholdsSchema.parse({ minAssessmentItems: 1, failOn: ['orphan-module'] });

describe('formatCoverageReport', () => {
  const curriculum = testCurriculum();
  curriculum.models[0]!.defaultTargets.push({ competency: 'value', level: 1 });
  const text = formatCoverageReport(buildCoverageReport(curriculum, thresholds), 'content/coverage.yaml');
  const row = (name: string) => text.split('\n').find((l) => l.startsWith(name))!;

  it('prints the matrix with module counts, GAP at or below the target and gap above it', () => {
    expect(text).toMatch(/^Competency\s+Target\s+1 Aware\s+2 Practising\s+3 Proficient\s+Hours$/m);
    expect(row('mapping').split(/\s{2,}/)).toEqual(['mapping', '2', '1 thin', '1 thin', '0 gap', '0.3']);
    expect(row('value').split(/\s{2,}/)).toEqual(['value', '1', '0 GAP', '1 thin', '0 gap', '0.2']);
  });

  it('lists gaps at or below the target first, as the most severe', () => {
    expect(text).toContain('Gaps at or below target, most severe (1):\n  - value, level 1 Aware (target 1)\n');
    expect(text.indexOf('Gaps at or below target')).toBeLessThan(text.indexOf('Gaps above target'));
  });

  it('prints health findings with the file to fix and whether they fail', () => {
    expect(text).toContain(
      '  orphan-module (fails)  content/modules/planning.mdx\n    “planning” is in no learning path.\n',
    );
  });

  it('ends with each breached threshold and what breaks it', () => {
    expect(text).toContain('2 coverage thresholds are not met (content/coverage.yaml):');
    expect(text).toContain('  ✗ maxGapsAtOrBelowTarget: 1 level at or below the target has no module');
    expect(text).toContain('      - value, level 1 Aware (target 1)');
    expect(text).toContain('  ✗ failOn: orphan-module:');
  });

  it('says when every threshold is met', () => {
    const passing = formatCoverageReport(
      buildCoverageReport(testCurriculum(), { ...thresholds, failOn: [] }),
      'defaults',
    );
    expect(passing).toContain('All coverage thresholds are met (defaults).');
  });
});
