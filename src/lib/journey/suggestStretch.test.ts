import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { toPlannerCurriculum } from './plannerCurriculum';
import { suggestStretch } from './suggestStretch';

describe('suggestStretch', () => {
  it('offers the paths with something left to learn, then the next level of the lowest competency', () => {
    const curriculum = toPlannerCurriculum(testCurriculum());
    const stretch = suggestStretch(curriculum, { mapping: 0, value: 2 }, []);
    expect(stretch[0]).toMatchObject({ target: { kind: 'path', pathId: 'essentials' }, modules: 2 });
    expect(stretch.at(-1)!.target).toMatchObject({ kind: 'competency', competency: 'mapping', level: 1 });
    expect(stretch.every((s) => s.modules > 0)).toBe(true);
  });

  it('offers nothing already done', () => {
    const curriculum = toPlannerCurriculum(testCurriculum());
    const stretch = suggestStretch(curriculum, { mapping: 2 }, ['intro', 'deeper']);
    expect(stretch.some((s) => s.target.kind === 'path')).toBe(false);
  });
});
