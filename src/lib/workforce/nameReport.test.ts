import { describe, expect, it } from 'vitest';
import { buildWorkforceReport } from './buildWorkforceReport.ts';
import type { LearnerStanding } from './learnerStanding.ts';
import { nameReport } from './nameReport.ts';
import { testCurriculum } from './testCurriculum.ts';

const learner = (region: string, mapping: number): LearnerStanding => ({
  region,
  path: 'foundations',
  levels: { mapping, value: 0 },
  history: [{ week: '2026-W10', levels: { mapping, value: 0 } }],
  funnel: { assessed: true, planned: true, completedModule: false, completedJourney: false },
});
const report = buildWorkforceReport(
  Array.from({ length: 12 }, (_, i) => learner(i % 2 ? 'global' : 'emerging', 1 + (i % 2))),
  testCurriculum,
  {},
  5,
);

describe('nameReport', () => {
  it('names competencies, levels, regions and paths in the page’s words, by id, and leaves every count as it was', () => {
    const named = nameReport(report, {
      competencies: { mapping: 'Cartographie' },
      levels: { 0: 'Pas encore', 1: 'Sensibilisé' },
      regions: { global: 'Monde' },
      paths: { foundations: 'Les fondations' },
    });
    expect(named.competencies.find((c) => c.id === 'mapping')?.name).toBe('Cartographie');
    expect(named.coarse.competencies.find((c) => c.id === 'mapping')?.name).toBe('Cartographie');
    expect(named.levels.slice(0, 2).map((l) => l.name)).toEqual(['Pas encore', 'Sensibilisé']);
    expect(named.options.regions.find((r) => r.id === 'global')?.name).toBe('Monde');
    expect(named.options.paths.find((p) => p.id === 'foundations')?.name).toBe('Les fondations');
    // What the page has no words for keeps the server's.
    expect(named.competencies.find((c) => c.id === 'value')?.name).toBe(
      report.competencies.find((c) => c.id === 'value')?.name,
    );
    const countsOf = (r: typeof report) => JSON.stringify([r.competencies.map((c) => c.cells), r.funnel, r.population]);
    expect(countsOf(named)).toBe(countsOf(report));
  });
});
