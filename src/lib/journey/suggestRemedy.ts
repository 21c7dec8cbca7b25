import type { PlannerCurriculum } from './plannerCurriculum';

/** What to do after failing a module's knowledge checks twice. */
export type Remedy =
  | { kind: 'remedial'; moduleId: string; forModuleId: string }
  | { kind: 'revisit'; forModuleId: string };

/**
 * Suggests the module to step back to: the prerequisite that develops one of the same
 * competencies at the lowest level (the gentlest foundation for what went wrong), else any
 * prerequisite; with none, revisiting the module itself.
 */
export function suggestRemedy(curriculum: PlannerCurriculum, moduleId: string): Remedy {
  const modules = new Map(curriculum.modules.map((m) => [m.id, m]));
  const module = modules.get(moduleId);
  const prerequisites = (module?.prerequisites ?? []).flatMap((id) => modules.get(id) ?? []);
  if (!module || prerequisites.length === 0) return { kind: 'revisit', forModuleId: moduleId };
  const competencies = new Set(module.develops.map((d) => d.competency));
  const relevance = (id: string) => {
    const levels = modules
      .get(id)!
      .develops.filter((d) => competencies.has(d.competency))
      .map((d) => d.level);
    return levels.length ? Math.min(...levels) : Number.MAX_SAFE_INTEGER;
  };
  const best = [...prerequisites].sort((a, b) => relevance(a.id) - relevance(b.id) || a.id.localeCompare(b.id))[0]!;
  return { kind: 'remedial', moduleId: best.id, forModuleId: moduleId };
}
