import type { JourneyRecord } from '../journey/journeyRecord.ts';
import type { JourneyTarget } from '../journey/planJourney.ts';
import type { PlannerCurriculum } from '../journey/plannerCurriculum.ts';
import type { Stamp } from '../progress/statements.ts';
import { testStamp } from '../progress/testStamp';

const options = [{ level: 0 }, { level: 1 }, { level: 2 }, { level: 3 }, { level: 4 }];

/** A small planner curriculum for workforce tests: two competencies, three modules, two paths, three regions. */
export const testCurriculum: PlannerCurriculum = {
  version: 'test',
  modules: [
    {
      id: 'map-basics',
      title: 'Map basics',
      duration: 20,
      develops: [{ competency: 'mapping', level: 1 }],
      prerequisites: [],
      checks: ['c1'],
    },
    {
      id: 'map-deeper',
      title: 'Map deeper',
      duration: 30,
      develops: [{ competency: 'mapping', level: 2 }],
      prerequisites: ['map-basics'],
      checks: ['c1'],
    },
    {
      id: 'value-case',
      title: 'Value case',
      duration: 40,
      develops: [{ competency: 'value', level: 3 }],
      prerequisites: [],
      checks: ['c1'],
    },
  ],
  competencies: [
    { id: 'mapping', name: 'Stakeholder mapping' },
    { id: 'value', name: 'Value selling' },
  ],
  paths: [
    {
      id: 'foundations',
      title: 'Foundations',
      builds: [{ competency: 'mapping', level: 2 }],
      stages: [{ title: 'One', modules: ['map-basics', 'map-deeper'] }],
    },
    {
      id: 'value-path',
      title: 'Value path',
      builds: [{ competency: 'value', level: 3 }],
      stages: [{ title: 'One', modules: ['value-case'] }],
    },
  ],
  defaultTargets: [{ competency: 'mapping', level: 2 }],
  scale: [
    { level: 1, name: 'Aware' },
    { level: 2, name: 'Practising' },
    { level: 3, name: 'Proficient' },
    { level: 4, name: 'Leading' },
  ],
  regions: [
    { id: 'global', name: 'Global' },
    { id: 'emerging', name: 'Emerging market' },
    { id: 'multi-payer', name: 'Multi-payer market' },
  ],
  assessment: [
    {
      competency: 'mapping',
      items: [
        { id: 'm1', options },
        { id: 'm2', options },
      ],
    },
    { competency: 'value', items: [{ id: 'v1', options }] },
  ],
};

/** A stamp for learner `name`, its clock starting at `start` and moving a minute per statement. */
export function learnerStamp(name: string, start: string): Stamp {
  let hash = 0x811c9dc5; // FNV-1a of the name: a distinct id prefix per learner
  for (const c of name) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193);
  const prefix = (hash >>> 0).toString(16).padStart(8, '0');
  return testStamp({ name, homePage: 'https://cohesion.invalid', start, stepMs: 60_000, prefix });
}

/** A journey State document as sync writes it: a journey record and the device that wrote it. */
export function journeyDocument(
  region: string,
  pathId: string | null,
  planned = true,
): JourneyRecord & { device: string } {
  const target: JourneyTarget = pathId === null ? { kind: 'model' } : { kind: 'path', pathId };
  return {
    version: 1,
    region,
    target,
    stage: planned ? 'planned' : 'notStarted',
    assessment: { round: 1, scope: null, cursor: 0, answers: {} },
    levels: [],
    plan: planned ? { target, targets: [], stages: [], totalMinutes: 0, uncovered: [] } : null,
    planned: {},
    progress: { completed: [], testedOut: [], passedChecks: {}, failures: {}, currentModuleId: null },
    curriculumVersion: testCurriculum.version,
    assessedAt: planned ? '2026-03-01T09:50:00.000Z' : null,
    updatedAt: '2026-03-01T10:00:00.000Z',
    device: 'test',
  };
}
