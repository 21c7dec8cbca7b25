import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { analyseLocalCoverage } from './analyseLocalCoverage';

describe('analyseLocalCoverage', () => {
  const curriculum = testCurriculum();
  curriculum.regions.push({
    id: 'emerging',
    name: 'Emerging market',
    kind: 'archetype',
    summary: 'Growing fast.',
    file: 'content/regions.yaml',
  });
  curriculum.modules.find((m) => m.id === 'deeper')!.body =
    'Text.\n\n<LocalNote region="single-payer">\nThe payer decides.\n</LocalNote>\n';
  curriculum.modules.find((m) => m.id === 'planning')!.body = '```mdx\n<LocalNote region="emerging">\n```\n';
  const regions = analyseLocalCoverage(curriculum);

  it('reports every region except global', () => {
    expect(regions.map((r) => r.id)).toEqual(['single-payer', 'emerging']);
  });

  it('counts, per competency, the modules developing it that carry a note for the region', () => {
    const singlePayer = regions[0]!;
    expect(singlePayer.modules).toEqual(['deeper']);
    expect(singlePayer.competencies).toEqual([
      { competency: 'mapping', withNote: ['deeper'], total: 2 },
      { competency: 'value', withNote: [], total: 1 },
      { competency: 'planning', withNote: [], total: 1 },
    ]);
    expect(singlePayer.uncovered).toEqual(['value', 'planning']);
  });

  it('does not count a local note shown as code in a fenced block', () => {
    expect(regions[1]!.modules).toEqual([]);
    expect(regions[1]!.uncovered).toEqual(['mapping', 'value', 'planning']);
  });
});
