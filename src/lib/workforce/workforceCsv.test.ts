import { describe, expect, it } from 'vitest';
import { buildWorkforceReport } from './buildWorkforceReport.ts';
import type { LearnerStanding } from './learnerStanding.ts';
import { testCurriculum } from './testCurriculum.ts';
import { WORKFORCE_CSV_COLUMNS, workforceCsv } from './workforceCsv.ts';

const learner = (mapping: number): LearnerStanding => ({
  region: 'global',
  path: 'none',
  levels: { mapping, value: 0 },
  history: [{ week: '2026-W10', levels: { mapping, value: 0 } }],
  funnel: { assessed: true, planned: false, completedModule: false, completedJourney: false },
});
const report = buildWorkforceReport(
  [...Array.from({ length: 8 }, () => learner(1)), ...Array.from({ length: 2 }, () => learner(2))],
  testCurriculum,
  {},
  5,
);
const lines = workforceCsv(report)
  .replace(/^\uFEFF/, '')
  .trimEnd()
  .split('\r\n');

describe('workforceCsv', () => {
  it('starts with a byte-order mark and the header row', () => {
    expect(workforceCsv(report).startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(WORKFORCE_CSV_COLUMNS.join(','));
  });

  it('writes shown counts and leaves hidden ones empty with the reason in the status column', () => {
    expect(lines).toContain('level,all,all,mapping,Stakeholder mapping,,2,Practising,,fewer-than-minimum,');
    expect(lines).toContain('level,all,all,mapping,Stakeholder mapping,,1,Aware,,complementary,');
    expect(lines).toContain('level,all,all,value,Value selling,,0,Not yet,10,shown,');
    expect(lines).toContain('weekly,all,all,value,Value selling,2026-W10,0,Not yet,10,shown,');
    expect(lines).toContain(
      'funnel,all,all,,,,,,10,shown,Took the self-assessment: answered at least one self-assessment item',
    );
  });

  it('names the filters and the minimum group size on the population row', () => {
    expect(lines[1]).toBe('population,all,all,,,,,,10,shown,"filters: region all, path all; minimum group size 5"');
    const hidden = workforceCsv(
      buildWorkforceReport([learner(1), learner(2)], testCurriculum, { region: 'global' }, 5),
    );
    expect(hidden).toContain(
      'population,global,all,,,,,,,population,"filters: region global, path all; minimum group size 5; ',
    );
  });

  it('carries the coarse grain the page shows, levels merged by month then now, under the same suppression', () => {
    // 8 below mapping's target and 2 at it: the 2 are too few, and the 8 would give them away (10 − 8).
    expect(lines).toContain(
      'levels_merged,all,all,mapping,Stakeholder mapping,2026-03,2,at or above target,,fewer-than-minimum,target 2 (Practising)',
    );
    expect(lines).toContain(
      'levels_merged,all,all,mapping,Stakeholder mapping,2026-03,2,below target,,complementary,target 2 (Practising)',
    );
    expect(lines).toContain(
      'levels_merged,all,all,mapping,Stakeholder mapping,,2,below target,,complementary,target 2 (Practising)',
    );
    expect(lines).toContain(
      'levels_merged,all,all,value,Value selling,2026-03,1,below target,10,shown,target 1 (Aware)',
    );
    expect(lines).toContain('levels_merged,all,all,value,Value selling,,1,at or above target,0,shown,target 1 (Aware)');
  });

  it('carries all competencies together: learners at target in none, some or all of them', () => {
    expect(lines).toContain('all_competencies,all,all,,,2026-03,,at target in none,,complementary,');
    expect(lines).toContain('all_competencies,all,all,,,2026-03,,at target in some,,fewer-than-minimum,');
    expect(lines).toContain('all_competencies,all,all,,,,,at target in all,0,shown,');
  });

  it('has one row for the population, two per competency and level, one per week and level, one per funnel step, and the coarse grain', () => {
    // Coarse: 2 competencies × (1 month + now) × 2 merged levels; all together: (1 month + now) × 3.
    expect(lines.length - 1).toBe(1 + 2 * 2 * 5 + 2 * 1 * 5 + 4 + 2 * 2 * 2 + 2 * 3);
  });
});
