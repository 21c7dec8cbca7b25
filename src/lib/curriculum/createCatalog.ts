import type { Curriculum, ModuleEntry, PathEntry } from './curriculum';

/** A module and the level it brings one competency to. */
export interface ModuleAtLevel {
  module: ModuleEntry;
  level: number;
}

/** Lookups over a curriculum that pages need, computed once. */
export interface Catalog {
  curriculum: Curriculum;
  moduleById: ReadonlyMap<string, ModuleEntry>;
  /** Modules developing a competency, lowest level first, then by title. */
  modulesFor: (competencyId: string) => ModuleAtLevel[];
  /** Paths that include a module, in path order. */
  pathsWith: (moduleId: string) => PathEntry[];
  /** Modules that list this one as a prerequisite, by title. */
  dependentsOf: (moduleId: string) => ModuleEntry[];
  /** The module after this one in the first path that includes it, if any. */
  nextInPath: (moduleId: string) => { path: PathEntry; module: ModuleEntry } | undefined;
  /** The scale's name for a level, e.g. 2 → "Practising"; "Not yet" for 0. */
  levelName: (level: number) => string;
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

/** Builds the lookups pages use from a (validated) curriculum: each index once, so a lookup costs no more than its answer. */
export function createCatalog(curriculum: Curriculum): Catalog {
  const moduleById = new Map(curriculum.modules.map((m) => [m.id, m]));
  const paths = [...curriculum.paths].sort(byTitle);

  const modulesByCompetency = new Map<string, ModuleAtLevel[]>();
  const dependents = new Map<string, ModuleEntry[]>();
  for (const module of curriculum.modules) {
    for (const d of module.develops) listIn(modulesByCompetency, d.competency).push({ module, level: d.level });
    for (const prerequisite of new Set(module.prerequisites)) listIn(dependents, prerequisite).push(module);
  }
  for (const list of modulesByCompetency.values())
    list.sort((a, b) => a.level - b.level || byTitle(a.module, b.module));
  for (const list of dependents.values()) list.sort(byTitle);

  const pathsByModule = new Map<string, PathEntry[]>();
  const nextByModule = new Map<string, { path: PathEntry; module: ModuleEntry }>();
  for (const path of paths) {
    const ids = path.stages.flatMap((s) => s.modules);
    const seen = new Set<string>();
    for (const [i, id] of ids.entries()) {
      if (seen.has(id)) continue; // a module listed twice counts where it first appears
      seen.add(id);
      listIn(pathsByModule, id).push(path);
      const next = ids[i + 1];
      if (next && !nextByModule.has(id)) nextByModule.set(id, { path, module: moduleById.get(next)! });
    }
  }

  return {
    curriculum,
    moduleById,
    modulesFor: (competencyId) => [...(modulesByCompetency.get(competencyId) ?? [])],
    pathsWith: (moduleId) => [...(pathsByModule.get(moduleId) ?? [])],
    dependentsOf: (moduleId) => [...(dependents.get(moduleId) ?? [])],
    nextInPath: (moduleId) => nextByModule.get(moduleId),
    levelName: (level) =>
      curriculum.scale.find((l) => l.level === level)?.name ?? (level === 0 ? 'Not yet' : `Level ${level}`),
  };
}

/** The list under `key`, made empty the first time. */
function listIn<T>(lists: Map<string, T[]>, key: string): T[] {
  let list = lists.get(key);
  if (!list) {
    list = [];
    lists.set(key, list);
  }
  return list;
}
