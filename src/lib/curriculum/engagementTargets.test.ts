import { describe, expect, it } from 'vitest';
import { engagementTargets } from './engagementTargets';
import { testCurriculum } from './testCurriculum';

const model = testCurriculum().models[0]!;
const withTargets = (...targets: Array<typeof model.defaultTargets>) => ({
  models: targets.map((defaultTargets, i) => ({ ...model, id: `m${i}`, defaultTargets })),
});

describe('engagementTargets', () => {
  it('takes the highest level any engagement model asks for', () => {
    const curriculum = withTargets(
      [
        { competency: 'mapping', level: 1 },
        { competency: 'value', level: 2 },
      ],
      [{ competency: 'mapping', level: 3 }],
    );

    expect(engagementTargets(curriculum)).toEqual([
      { competency: 'mapping', level: 3 },
      { competency: 'value', level: 2 },
    ]);
  });

  it('lists competencies in the order authors first name them', () => {
    const curriculum = withTargets(
      [
        { competency: 'value', level: 2 },
        { competency: 'mapping', level: 1 },
      ],
      [{ competency: 'planning', level: 1 }],
    );

    expect(engagementTargets(curriculum).map((t) => t.competency)).toEqual(['value', 'mapping', 'planning']);
  });

  it('is empty without engagement models', () => {
    expect(engagementTargets({ models: [] })).toEqual([]);
  });

  it('takes the highest level any path builds when there is no engagement model', () => {
    const { paths, modules } = testCurriculum();
    const builds = paths.flatMap((p) => p.builds);

    const targets = engagementTargets({ models: [], paths, modules });

    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets)
      expect(t.level).toBe(Math.max(...builds.filter((b) => b.competency === t.competency).map((b) => b.level)));
  });

  it('takes the highest level any module develops when there is neither a model nor a path', () => {
    const { modules } = testCurriculum();

    const targets = engagementTargets({ models: [], paths: [], modules });

    expect(new Set(targets.map((t) => t.competency))).toEqual(
      new Set(modules.flatMap((m) => m.develops.map((d) => d.competency))),
    );
  });
});
