import type { Curriculum } from '../../src/lib/curriculum/curriculum';
import { testCurriculum } from '../../src/lib/curriculum/testCurriculum';
import { generatePlannerCurriculum } from './generatePlannerCurriculum';

/** A valid curriculum shaped like the bench's generated ones: a competency per ten modules, a path per fifty. */
export function generatedTestCurriculum(modules: number): Curriculum {
  const base = testCurriculum();
  const plan = generatePlannerCurriculum({ seed: 7, modules, competencies: modules / 10, levels: 3 });
  const [competency] = base.competencies;
  const [module] = base.modules;
  const [path] = base.paths;
  return {
    ...base,
    models: [{ ...base.models[0]!, defaultTargets: plan.defaultTargets }],
    competencies: plan.competencies.map((c) => ({ ...competency!, id: c.id, name: c.name })),
    modules: plan.modules.map((m) => ({
      ...module!,
      id: m.id,
      title: m.title,
      duration: m.duration,
      develops: m.develops,
      prerequisites: m.prerequisites,
    })),
    paths: plan.paths.map((p) => ({ ...path!, id: p.id, title: p.title, builds: p.builds, stages: p.stages })),
    assessment: [],
  };
}
