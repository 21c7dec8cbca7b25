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

  it('has one row for the population, two per competency and level, one per week and level, and one per funnel step', () => {
    expect(lines.length - 1).toBe(1 + 2 * 2 * 5 + 2 * 1 * 5 + 4);
  });
});
