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

/** Builds the lookups pages use from a (validated) curriculum. */
export function createCatalog(curriculum: Curriculum): Catalog {
  const moduleById = new Map(curriculum.modules.map((m) => [m.id, m]));
  const paths = [...curriculum.paths].sort(byTitle);
  const pathModules = (path: PathEntry) => path.stages.flatMap((s) => s.modules);

  return {
    curriculum,
    moduleById,
    modulesFor: (competencyId) =>
      curriculum.modules
        .flatMap((module) =>
          module.develops.filter((d) => d.competency === competencyId).map((d) => ({ module, level: d.level })),
        )
        .sort((a, b) => a.level - b.level || byTitle(a.module, b.module)),
    pathsWith: (moduleId) => paths.filter((p) => pathModules(p).includes(moduleId)),
    dependentsOf: (moduleId) => curriculum.modules.filter((m) => m.prerequisites.includes(moduleId)).sort(byTitle),
    nextInPath: (moduleId) => {
      for (const path of paths) {
        const ids = pathModules(path);
        const next = ids[ids.indexOf(moduleId) + 1];
        if (ids.includes(moduleId) && next) return { path, module: moduleById.get(next)! };
      }
      return undefined;
    },
    levelName: (level) =>
      curriculum.scale.find((l) => l.level === level)?.name ?? (level === 0 ? 'Not yet' : `Level ${level}`),
  };
}
