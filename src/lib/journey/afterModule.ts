import type { CompetencyEstimate } from '../assessment/scoreAssessment';
import { journeyModuleIds } from './journeyModuleIds';
import type { Journey } from './planJourney';
import type { PlannerCurriculum } from './plannerCurriculum';

/** A competency at the end of a journey: the level the learner reached against the one aimed at. */
export interface LevelReached {
  competency: string;
  name: string;
  reached: number;
  target: number;
}

/** What follows a finished module: the journey's next step, the end of the journey, or no journey. */
export type AfterModule =
  | { kind: 'next'; moduleId: string; title: string }
  | { kind: 'journeyDone'; levels: LevelReached[] }
  | { kind: 'noJourney' };

/** The part of the journey's state this reads. */
export interface JourneyProgress {
  journey: Journey | null;
  completed: readonly string[];
  testedOut: readonly string[];
  estimates: readonly CompetencyEstimate[];
}

/**
 * The next step once a module is done: the first unfinished module of the journey plan, in plan
 * order (the journey's, not a path's); with none left, each target competency's level reached —
 * the higher of the assessed level and the highest level of a module done — against its target.
 */
export function afterModule(curriculum: PlannerCurriculum, progress: JourneyProgress): AfterModule {
  if (!progress.journey) return { kind: 'noJourney' };
  const done = new Set([...progress.completed, ...progress.testedOut]);
  const next = journeyModuleIds(progress.journey).find((id) => !done.has(id));
  if (next)
    return { kind: 'next', moduleId: next, title: curriculum.modules.find((m) => m.id === next)?.title ?? next };
  const levels = progress.journey.targets.map(({ competency, level: target }) => {
    const fromModules = curriculum.modules
      .filter((m) => done.has(m.id))
      .flatMap((m) => m.develops.filter((d) => d.competency === competency).map((d) => d.level));
    const assessed = progress.estimates.find((e) => e.competency === competency)?.level ?? 0;
    const name = curriculum.competencies.find((c) => c.id === competency)?.name ?? competency;
    return { competency, name, reached: Math.max(assessed, ...fromModules), target };
  });
  return { kind: 'journeyDone', levels };
}
