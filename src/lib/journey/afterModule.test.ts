import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { afterModule } from './afterModule';
import { journeyModuleIds } from './journeyModuleIds';
import { planJourney } from './planJourney';
import { toPlannerCurriculum } from './plannerCurriculum';

const curriculum = (() => {
  const c = testCurriculum();
  c.models[0]!.defaultTargets = [
    { competency: 'mapping', level: 2 },
    { competency: 'value', level: 2 },
  ];
  return toPlannerCurriculum(c);
})();
const journey = planJourney(curriculum, { levels: {}, target: { kind: 'model' } });
const ids = journeyModuleIds(journey);
const title = (id: string) => curriculum.modules.find((m) => m.id === id)!.title;

describe('afterModule', () => {
  it('names the first unfinished module of the journey plan, in plan order', () => {
    expect(ids.length).toBeGreaterThan(2);
    expect(afterModule(curriculum, { journey, completed: [ids[0]!], testedOut: [], estimates: [] })).toEqual({
      kind: 'next',
      moduleId: ids[1],
      title: title(ids[1]!),
    });
  });

  it('goes back to an earlier unfinished step rather than past it, whichever module was just done', () => {
    expect(afterModule(curriculum, { journey, completed: [ids[1]!], testedOut: [], estimates: [] })).toMatchObject({
      kind: 'next',
      moduleId: ids[0],
    });
  });

  it('counts tested-out modules as done', () => {
    expect(
      afterModule(curriculum, { journey, completed: [ids[0]!], testedOut: [ids[1]!], estimates: [] }),
    ).toMatchObject({ kind: 'next', moduleId: ids[2] });
  });

  it('sums up the levels reached against the targets once every module is done', () => {
    const result = afterModule(curriculum, { journey, completed: ids, testedOut: [], estimates: [] });
    expect(result.kind).toBe('journeyDone');
    const levels = result.kind === 'journeyDone' ? result.levels : [];
    expect(levels.map((l) => l.competency)).toEqual(journey.targets.map((t) => t.competency));
    for (const l of levels) expect(l.reached).toBeGreaterThanOrEqual(l.target);
  });

  it('says there is no journey to follow before one is planned', () => {
    expect(afterModule(curriculum, { journey: null, completed: [], testedOut: [], estimates: [] })).toEqual({
      kind: 'noJourney',
    });
  });
});
