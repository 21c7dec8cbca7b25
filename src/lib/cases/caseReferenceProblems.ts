import type { PlannerCurriculum } from '../journey/plannerCurriculum.ts';
import type { FieldCase } from './fieldCaseSchema.ts';

/** The parts of the curriculum a case refers to. */
export type CaseReferences = Pick<PlannerCurriculum, 'competencies' | 'scale' | 'regions' | 'functions'>;

/**
 * Each reference of `fieldCase` the curriculum lacks, as `field: what is wrong; use one of …`
 * (empty when all are known): its competencies and levels, region, archetype and function. Functions
 * are checked only when the curriculum lists them (`content/functions.yaml` is optional).
 */
export function caseReferenceProblems(
  fieldCase: Pick<FieldCase, 'competencies' | 'region' | 'archetype' | 'function'>,
  curriculum: CaseReferences,
): string[] {
  const problems: string[] = [];
  const competencies = new Set(curriculum.competencies.map((c) => c.id));
  const levels = curriculum.scale.map((l) => l.level);
  const regions = curriculum.regions.map((r) => r.id);
  const list = (ids: Iterable<string | number>) => [...ids].join(', ');
  fieldCase.competencies.forEach(({ competency, level }, i) => {
    if (!competencies.has(competency))
      problems.push(
        `competencies.${i}.competency: "${competency}" is not a competency of the curriculum; use one of ${list(competencies)}`,
      );
    if (!levels.includes(level))
      problems.push(`competencies.${i}.level: ${level} is not a level of the scale; use one of ${list(levels)}`);
  });
  for (const field of ['region', 'archetype'] as const) {
    const id = fieldCase[field];
    if (id !== undefined && !regions.includes(id))
      problems.push(`${field}: "${id}" is not a region of the curriculum; use one of ${list(regions)}`);
  }
  const functions = curriculum.functions?.map((f) => f.id);
  if (fieldCase.function !== undefined && functions !== undefined && !functions.includes(fieldCase.function))
    problems.push(
      `function: "${fieldCase.function}" is not a job function of the curriculum; use one of ${list(functions)}`,
    );
  return problems;
}
