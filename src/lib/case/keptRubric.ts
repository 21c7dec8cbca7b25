import type { CaseKeptRubric } from '../curriculum/caseKeptSchema';
import type { CfRubric } from './casePackageSchema';

/**
 * A package's rubric as framework.yaml keeps it (case.rubrics): as it came, except that a level in
 * `mapped` (it gave a competency its descriptor) says `descriptor: true` instead of repeating the text.
 */
export function keptRubric(rubric: CfRubric, mapped: ReadonlySet<object>): CaseKeptRubric {
  return {
    ...rubric,
    ...(rubric.CFRubricCriteria
      ? {
          CFRubricCriteria: rubric.CFRubricCriteria.map((criterion) => ({
            ...criterion,
            ...(criterion.CFRubricCriterionLevels
              ? {
                  CFRubricCriterionLevels: criterion.CFRubricCriterionLevels.map((level) => {
                    const { description, ...rest } = level;
                    // A description with surrounding spaces is kept as written; the competency has it trimmed.
                    return mapped.has(level) && description === description?.trim()
                      ? { ...rest, descriptor: true as const }
                      : level;
                  }),
                }
              : {}),
          })),
        }
      : {}),
  };
}
