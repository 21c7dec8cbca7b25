import type { Curriculum } from '../curriculum/curriculum';
import { engagementTargets } from '../curriculum/engagementTargets';
import type { CompetencyLevel } from '../curriculum/idSchema';

/** What the planner, the journey machine and the learner's pages need to know of a module. */
export interface PlannerModule {
  id: string;
  title: string;
  duration: number;
  develops: CompetencyLevel[];
  prerequisites: string[];
  /** Ids of the module's knowledge checks: passing all of them completes the module. */
  checks: string[];
}

/**
 * The slice of the curriculum the learner's journey runs on, small enough to ship to the browser
 * as /curriculum.json: no module bodies, no question texts.
 */
export interface PlannerCurriculum {
  /** Changes whenever anything here changes; a stored journey compares it to spot content updates. */
  version: string;
  modules: PlannerModule[];
  competencies: Array<{ id: string; name: string }>;
  paths: Array<{
    id: string;
    title: string;
    builds: CompetencyLevel[];
    stages: Array<{ title: string; modules: string[] }>;
  }>;
  /** The engagement model target: `engagementTargets` of the curriculum. */
  defaultTargets: CompetencyLevel[];
  scale: Array<{ level: number; name: string }>;
  regions: Array<{ id: string; name: string }>;
  /** The job functions learners state (`content/functions.yaml`), with their labels in other languages; absent when none are listed. */
  functions?: Array<{ id: string; name: string; translations?: Partial<Record<string, string>> }>;
  /** Self-assessment items in the order they are asked, with the level of each option. */
  assessment: Array<{ competency: string; items: Array<{ id: string; options: Array<{ level: number }> }> }>;
}

/** Reduces a full curriculum to the planner's slice, sorted by id so equal content gives equal output. */
export function toPlannerCurriculum(curriculum: Curriculum): PlannerCurriculum {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  const slice: Omit<PlannerCurriculum, 'version'> = {
    modules: byId(curriculum.modules).map((m) => ({
      id: m.id,
      title: m.title,
      duration: m.duration,
      develops: m.develops,
      prerequisites: m.prerequisites,
      checks: m.checks.map((c) => c.id),
    })),
    competencies: byId(curriculum.competencies).map((c) => ({ id: c.id, name: c.name })),
    paths: byId(curriculum.paths).map((p) => ({ id: p.id, title: p.title, builds: p.builds, stages: p.stages })),
    defaultTargets: engagementTargets(curriculum),
    scale: [...curriculum.scale].sort((a, b) => a.level - b.level).map((l) => ({ level: l.level, name: l.name })),
    regions: curriculum.regions.map((r) => ({ id: r.id, name: r.name })),
    ...(curriculum.functions === undefined ? {} : { functions: curriculum.functions }),
    assessment: [...curriculum.assessment]
      .sort((a, b) => a.competency.localeCompare(b.competency))
      .map((b) => ({
        competency: b.competency,
        items: b.items.map((i) => ({ id: i.id, options: i.options.map((o) => ({ level: o.level })) })),
      })),
  };
  return { version: fingerprint(JSON.stringify(slice)), ...slice };
}

/** A short, stable hash (FNV-1a, 32 bit) of a string; identity for caching, not security. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
