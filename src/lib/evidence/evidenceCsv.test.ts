import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildEvidenceReport } from './buildEvidenceReport.ts';
import { evidenceCsv, evidenceCsvName } from './evidenceCsv.ts';
import { evidenceCurriculum, SEEDED_AS_OF, SMALL_GROUP, seededPopulation } from './seededPopulation.ts';

const report = (filter = {}, all = seededPopulation()) =>
  buildEvidenceReport(all, evidenceCurriculum, { filter, minGroup: 5, asOf: SEEDED_AS_OF, events: [] });
const rows = (csv: string) => parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;

describe('evidenceCsv', () => {
  it('names the date, the filters and the minimum group size on every row, and the file after them', () => {
    const r = report({ region: 'emerging' });
    const growth = rows(evidenceCsv(r, 'growth'));
    expect(growth.every((x) => x.as_of === '2026-06-30' && x.region === 'emerging' && x.path === 'all')).toBe(true);
    expect(growth.every((x) => x.min_group === '5')).toBe(true);
    expect(growth.find((x) => x.series === 'Stakeholder mapping' && x.category === 'paired')!.learners).toBe('60');
    expect(evidenceCsvName(r, 'growth')).toBe('evidence-growth-emerging-all-2026-06-30.csv');
  });

  it('leaves a hidden count empty with the reason, never 0', () => {
    const all = [...seededPopulation(), SMALL_GROUP, SMALL_GROUP, SMALL_GROUP];
    const heor = rows(evidenceCsv(report({}, all), 'reach')).find(
      (x) => x.series === 'HEOR' && x.category === 'enrolled',
    )!;
    expect([heor.learners, heor.status]).toEqual(['', 'fewer-than-minimum']);
  });

  it('gives the share at target month by month', () => {
    const atTarget = rows(evidenceCsv(report(), 'at-target')).filter(
      (x) => x.series === 'Stakeholder mapping' && x.category === 'at or above target',
    );
    expect(atTarget.map((x) => [x.period, x.learners, x.share]).slice(0, 2)).toEqual([
      ['2025-07', '0', '0'],
      ['2025-08', '20', '0.5'],
    ]);
  });
});
