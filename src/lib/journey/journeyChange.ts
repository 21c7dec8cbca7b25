import type { PlannerCurriculum } from './plannerCurriculum';

/**
 * What changed in a learner's journey after a curriculum update: the kind of change (the journey page
 * words it in its language) and the module's title ('' for the target, which the page names).
 */
export interface JourneyChange {
  kind: 'removed' | 'added' | 'relevelled' | 'target';
  title: string;
}

/** The modules of a journey as they were when it was planned: title and a signature of what each develops. */
export type PlannedModules = Record<string, { title: string; develops: string }>;

const signature = (develops: ReadonlyArray<{ competency: string; level: number }>) =>
  develops
    .map((d) => `${d.competency}:${d.level}`)
    .sort()
    .join(',');

/** Records the planned modules, so a later curriculum can be compared with them. */
export function plannedModules(curriculum: PlannerCurriculum, moduleIds: readonly string[]): PlannedModules {
  return Object.fromEntries(
    moduleIds.flatMap((id) => {
      const m = curriculum.modules.find((x) => x.id === id);
      return m ? [[id, { title: m.title, develops: signature(m.develops) }]] : [];
    }),
  );
}

/** Compares the modules planned before with the repaired plan and the current curriculum. */
export function describeChanges(
  before: PlannedModules,
  after: readonly string[],
  curriculum: PlannerCurriculum,
): JourneyChange[] {
  const modules = new Map(curriculum.modules.map((m) => [m.id, m]));
  const changes: JourneyChange[] = [];
  for (const [id, old] of Object.entries(before).sort(([a], [b]) => a.localeCompare(b))) {
    const now = modules.get(id);
    if (!now)
      changes.push({
        kind: 'removed',
        title: old.title,
      });
    else if (signature(now.develops) !== old.develops)
      changes.push({
        kind: 'relevelled',
        title: now.title,
      });
  }
  for (const id of after) {
    if (!(id in before))
      changes.push({
        kind: 'added',
        title: modules.get(id)?.title ?? id,
      });
  }
  return changes;
}
