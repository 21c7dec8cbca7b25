import { findPrerequisiteCycles } from '../curriculum/findPrerequisiteCycles';
import type { CompetencyLevel } from '../curriculum/idSchema';
import type { PlannerCurriculum, PlannerModule } from './plannerCurriculum';

/** What the learner wants to reach: the engagement model's defaults, a path, or one competency. */
export type JourneyTarget =
  | { kind: 'model' }
  | { kind: 'path'; pathId: string }
  | { kind: 'competency'; competency: string; level: number };

/** Why a module is in the journey: the step on one competency it covers, e.g. mapping 1 → 2. */
export interface Reason {
  competency: string;
  from: number;
  to: number;
}

export interface JourneyStep {
  moduleId: string;
  /** The gap steps this module closes; empty when it is only there as a prerequisite. */
  reasons: Reason[];
  /** Modules in the journey that require this one. */
  prerequisiteFor: string[];
  /** The assessment says the learner already masters what it develops: a test-out candidate. */
  mastered: boolean;
}

export interface JourneyStage {
  /** The proficiency level this stage works towards; stages run from low to high. */
  level: number;
  steps: JourneyStep[];
}

export interface Journey {
  target: JourneyTarget;
  /** The target levels the journey aims at, per competency. */
  targets: CompetencyLevel[];
  stages: JourneyStage[];
  totalMinutes: number;
  /** Gap steps no module in the curriculum covers. */
  uncovered: CompetencyLevel[];
}

export interface PlanInput {
  /** The learner's current level per competency (missing = 0). */
  levels: Readonly<Record<string, number>>;
  target: JourneyTarget;
  /** Modules already completed or tested out: never planned again. */
  done?: readonly string[];
}

/** The competency levels a target asks for. */
export function targetLevels(curriculum: PlannerCurriculum, target: JourneyTarget): CompetencyLevel[] {
  if (target.kind === 'model') return curriculum.defaultTargets;
  if (target.kind === 'competency') return [{ competency: target.competency, level: target.level }];
  const path = curriculum.paths.find((p) => p.id === target.pathId);
  if (!path) throw new Error(`Unknown learning path "${target.pathId}".`);
  return path.builds;
}

/**
 * Plans a journey: for every competency below its target, one module per missing level
 * (current + 1 … target), plus the prerequisites those modules need, ordered so prerequisites
 * always come first and grouped into stages by level. Deterministic: the same curriculum and
 * input give the same journey, whatever the order of the curriculum's lists.
 *
 * Choosing among modules that cover the same step: modules of the target path first, then those
 * covering more of the remaining steps, then the shorter, then by id. A prerequisite is planned
 * even when the learner already masters it (marked `mastered`, so they can test out); a module
 * already done is never planned. Throws on prerequisite cycles, which content validation rejects.
 */
export function planJourney(curriculum: PlannerCurriculum, input: PlanInput): Journey {
  const modules = new Map([...curriculum.modules].sort((a, b) => a.id.localeCompare(b.id)).map((m) => [m.id, m]));
  const cycles = findPrerequisiteCycles(new Map([...modules.values()].map((m) => [m.id, m.prerequisites])));
  if (cycles.length > 0) throw new Error(`Cannot plan: prerequisite cycle ${cycles[0]!.join(' → ')}.`);

  const level = (competency: string) => input.levels[competency] ?? 0;
  const done = new Set(input.done ?? []);
  const targets = [...targetLevels(curriculum, input.target)].sort((a, b) => a.competency.localeCompare(b.competency));
  const pathOrder = pathPositions(curriculum, input.target);

  // Every missing level is a step to cover, unless a module already done covers it.
  const key = (competency: string, level: number) => `${competency}\u0000${level}`;
  const doneCovers = new Set(
    [...done].flatMap((id) => modules.get(id)?.develops.map((d) => key(d.competency, d.level)) ?? []),
  );
  const steps = targets
    .flatMap((t) => range(level(t.competency) + 1, t.level).map((l) => ({ competency: t.competency, level: l })))
    .filter((s) => !doneCovers.has(key(s.competency, s.level)));
  const stepKeys = new Set(steps.map((s) => key(s.competency, s.level)));

  // Candidate modules per step, computed once (modules are in id order, so lists are too).
  const coveringStep = new Map<string, PlannerModule[]>();
  for (const m of modules.values()) {
    if (done.has(m.id)) continue;
    for (const d of m.develops) {
      const k = key(d.competency, d.level);
      if (stepKeys.has(k)) coveringStep.set(k, [...(coveringStep.get(k) ?? []), m]);
    }
  }

  const chosen = new Map<string, Reason[]>();
  const uncovered: CompetencyLevel[] = [];
  const covered = new Set<string>();
  const openSteps = (m: PlannerModule) =>
    m.develops.filter((d) => {
      const k = key(d.competency, d.level);
      return stepKeys.has(k) && !covered.has(k);
    }).length;
  for (const step of steps) {
    const k = key(step.competency, step.level);
    if (covered.has(k)) continue;
    const candidates = [...(coveringStep.get(k) ?? [])];
    if (candidates.length === 0) {
      uncovered.push(step);
      continue;
    }
    candidates.sort(
      (a, b) =>
        (pathOrder.has(b.id) ? 1 : 0) - (pathOrder.has(a.id) ? 1 : 0) ||
        openSteps(b) - openSteps(a) ||
        a.duration - b.duration ||
        a.id.localeCompare(b.id),
    );
    const pick = candidates[0]!;
    chosen.set(pick.id, []);
    for (const d of pick.develops) covered.add(key(d.competency, d.level));
  }
  for (const [id, reasons] of chosen) {
    for (const d of modules.get(id)!.develops) {
      if (stepKeys.has(key(d.competency, d.level)))
        reasons.push({ competency: d.competency, from: d.level - 1, to: d.level });
    }
    reasons.sort((a, b) => a.competency.localeCompare(b.competency) || a.to - b.to);
  }

  // Close over prerequisites that are not done yet.
  const prerequisiteFor = new Map<string, Set<string>>();
  const queue = [...chosen.keys()];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const pre of modules.get(id)?.prerequisites ?? []) {
      if (done.has(pre) || !modules.has(pre)) continue;
      if (!prerequisiteFor.has(pre)) prerequisiteFor.set(pre, new Set());
      prerequisiteFor.get(pre)!.add(id);
      if (!chosen.has(pre)) {
        chosen.set(pre, []);
        queue.push(pre);
      }
    }
  }

  // Stage = the level worked towards, never earlier than any of its prerequisites' stages.
  const stageOf = new Map<string, number>();
  const stage = (id: string): number => {
    const known = stageOf.get(id);
    if (known !== undefined) return known;
    const reasons = chosen.get(id)!;
    const own =
      reasons.length > 0
        ? Math.min(...reasons.map((r) => r.to))
        : Math.min(...modules.get(id)!.develops.map((d) => d.level));
    const value = Math.max(
      own,
      ...modules
        .get(id)!
        .prerequisites.filter((p) => chosen.has(p))
        .map(stage),
    );
    stageOf.set(id, value);
    return value;
  };
  const ordered = topologicalOrder([...chosen.keys()], modules, (id) => [
    stage(id),
    pathOrder.get(id) ?? Number.MAX_SAFE_INTEGER,
    id,
  ]);

  const stages: JourneyStage[] = [];
  for (const id of ordered) {
    const module = modules.get(id)!;
    const journeyStep: JourneyStep = {
      moduleId: id,
      reasons: chosen.get(id)!,
      prerequisiteFor: [...(prerequisiteFor.get(id) ?? [])].sort(),
      mastered: module.develops.every((d) => level(d.competency) >= d.level),
    };
    const last = stages.at(-1);
    if (last && last.level === stage(id)) last.steps.push(journeyStep);
    else stages.push({ level: stage(id), steps: [journeyStep] });
  }
  return {
    target: input.target,
    targets,
    stages,
    totalMinutes: ordered.reduce((n, id) => n + modules.get(id)!.duration, 0),
    uncovered,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function pathPositions(curriculum: PlannerCurriculum, target: JourneyTarget): Map<string, number> {
  if (target.kind !== 'path') return new Map();
  const path = curriculum.paths.find((p) => p.id === target.pathId);
  return new Map((path?.stages.flatMap((s) => s.modules) ?? []).map((id, i) => [id, i]));
}

/** Kahn's algorithm; among modules whose prerequisites are placed, the smallest key goes next. */
function topologicalOrder(
  ids: string[],
  modules: ReadonlyMap<string, PlannerModule>,
  key: (id: string) => Array<number | string>,
): string[] {
  const selected = new Set(ids);
  const keys = new Map(ids.map((id) => [id, key(id)]));
  const dependents = new Map<string, string[]>(ids.map((id) => [id, []]));
  const waiting = new Map<string, number>();
  for (const id of ids) {
    const pres = modules.get(id)!.prerequisites.filter((p) => selected.has(p));
    waiting.set(id, pres.length);
    for (const p of pres) dependents.get(p)!.push(id);
  }
  const compare = (a: string, b: string) => {
    const [ka, kb] = [keys.get(a)!, keys.get(b)!];
    for (let i = 0; i < ka.length; i++) {
      if (ka[i]! < kb[i]!) return -1;
      if (ka[i]! > kb[i]!) return 1;
    }
    return 0;
  };
  // `ready` stays sorted: new entries are inserted in place (binary search), the smallest is taken.
  const ready = ids.filter((id) => waiting.get(id) === 0).sort(compare);
  const insert = (id: string) => {
    let [lo, hi] = [0, ready.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(ready[mid]!, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    ready.splice(lo, 0, id);
  };
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ready.shift()!;
    order.push(id);
    for (const other of dependents.get(id)!) {
      const left = waiting.get(other)! - 1;
      waiting.set(other, left);
      if (left === 0) insert(other);
    }
  }
  return order;
}
