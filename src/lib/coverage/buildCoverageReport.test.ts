import { describe, expect, it } from 'vitest';
import { generatedTestCurriculum as generatedCurriculum } from '../../../tests/helpers/generatedTestCurriculum';
import { analysePathCoverage } from './analysePathCoverage';
import { buildCoverageReport } from './buildCoverageReport';
import { coverageThresholdsSchema } from './coverageThresholdsSchema';

const cpuMilliseconds = (work: () => unknown) => {
  const before = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
};

describe('buildCoverageReport at the scale of a build', () => {
  it('reports on 3,000 modules, 300 competencies and 60 paths in well under two seconds of CPU time', {
    timeout: 60_000,
  }, () => {
    const curriculum = generatedCurriculum(3000);
    const thresholds = coverageThresholdsSchema.parse({});
    buildCoverageReport(generatedCurriculum(100), thresholds); // loads the code
    // Each path's matrix scanned every module per competency and every path per cell: 5 s here, 84 s in a 5,000-module build; now 0.3 s.
    // CPU time rather than wall time, so other work on a shared machine hardly moves it.
    expect(cpuMilliseconds(() => buildCoverageReport(curriculum, thresholds))).toBeLessThan(1500);
  });

  it('gives a path the same matrix within the report as analysed on its own', () => {
    const curriculum = generatedCurriculum(200);
    const report = buildCoverageReport(curriculum, coverageThresholdsSchema.parse({}));
    const [first] = report.paths;
    expect(first).toEqual(analysePathCoverage(curriculum, curriculum.paths.find((p) => p.id === first!.id)!));
    expect(first!.analysis.competencies.some((c) => c.cells.some((cell) => cell.paths.length > 1))).toBe(true);
  });
});
