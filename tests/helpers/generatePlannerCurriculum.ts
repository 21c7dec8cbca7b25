import type { PlannerCurriculum, PlannerModule } from '../../src/lib/journey/plannerCurriculum';

export interface GenerateOptions {
  seed: number;
  modules: number;
  competencies: number;
  levels?: number;
  /** Share of competency levels left without any module (to exercise "uncovered"). */
  holes?: number;
}

/** mulberry32: a tiny seeded PRNG, so generated curricula are reproducible from their seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random but well-formed planner curriculum: acyclic prerequisites (a module only requires
 * modules generated before it), modules developing one or two competency levels, a few paths.
 */
export function generatePlannerCurriculum({
  seed,
  modules: moduleCount,
  competencies: competencyCount,
  levels = 4,
  holes = 0,
}: GenerateOptions): PlannerCurriculum {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const competencies = Array.from({ length: competencyCount }, (_, i) => ({
    id: `c${String(i).padStart(3, '0')}`,
    name: `Competency ${i}`,
  }));
  const all = competencies.flatMap((c) =>
    Array.from({ length: levels }, (_, l) => ({ competency: c.id, level: l + 1 })),
  );
  const kept = all.filter(() => rnd() >= holes);
  // Holes may not swallow every level: modules need something to develop.
  const pairs = kept.length > 0 ? kept : all.slice(0, 1);
  const modules: PlannerModule[] = [];
  for (let i = 0; i < moduleCount; i++) {
    const first = i < pairs.length ? pairs[i]! : pick(pairs);
    const develops = [first];
    if (rnd() < 0.4) {
      const second = pick(pairs);
      if (second.competency !== first.competency) develops.push(second);
    }
    const prerequisites = new Set<string>();
    const wanted = Math.floor(rnd() * 3);
    for (let k = 0; k < wanted && i > 0; k++) prerequisites.add(modules[Math.floor(rnd() * i)]!.id);
    modules.push({
      id: `m${String(i).padStart(4, '0')}`,
      title: `Module ${i}`,
      duration: 5 + Math.floor(rnd() * 40),
      develops,
      prerequisites: [...prerequisites],
      checks: ['q1', 'q2', 'q3'],
    });
  }
  const paths = Array.from({ length: Math.max(1, Math.floor(moduleCount / 50)) }, (_, i) => {
    const members = modules.filter(() => rnd() < 0.1).map((m) => m.id);
    const ids = members.length ? members : [modules[0]!.id];
    return {
      id: `p${i}`,
      title: `Path ${i}`,
      builds: ids.slice(0, 3).map((id) => modules.find((m) => m.id === id)!.develops[0]!),
      stages: [{ title: 'All', modules: ids }],
    };
  });
  return {
    version: `generated-${seed}`,
    modules,
    competencies,
    paths,
    defaultTargets: competencies.map((c) => ({ competency: c.id, level: 1 + Math.floor(rnd() * levels) })),
    scale: Array.from({ length: levels }, (_, l) => ({ level: l + 1, name: `Level ${l + 1}` })),
    regions: [{ id: 'global', name: 'Global' }],
    assessment: competencies.map((c) => ({
      competency: c.id,
      items: [{ id: `${c.id}-q`, options: Array.from({ length: levels + 1 }, (_, level) => ({ level })) }],
    })),
  };
}
