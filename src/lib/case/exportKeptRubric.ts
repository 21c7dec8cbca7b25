import type { CaseKeptRubric } from '../curriculum/caseKeptSchema';
import type { ScaleLevel } from '../curriculum/scaleLevelSchema';
import type { CfRubric, CfRubricCriterion, CfRubricCriterionLevel } from './casePackageSchema';
import { identifierKey } from './frameworkTree';

/**
 * A kept rubric as exported: fields in CASE order, each `descriptor: true` level carrying the
 * competency's descriptor at its score (none when it has none now), and the competency's other
 * descriptors added to the first criterion assessing it as levels derived like the export's own.
 */
export function exportKeptRubric(
  rubric: CaseKeptRubric,
  competencyByItem: ReadonlyMap<string, { levels: Record<string, string> }>,
  scale: readonly ScaleLevel[],
  levelOf: (criterionId: string, level: ScaleLevel, description: string) => CfRubricCriterionLevel,
  /** Item keys of the competencies whose first kept criterion has had their new descriptors; grows. */
  extended: Set<string>,
): CfRubric {
  return {
    identifier: rubric.identifier,
    uri: rubric.uri,
    ...(rubric.title !== undefined ? { title: rubric.title } : {}),
    ...(rubric.description !== undefined ? { description: rubric.description } : {}),
    lastChangeDateTime: rubric.lastChangeDateTime,
    ...(rubric.CFRubricCriteria
      ? {
          CFRubricCriteria: rubric.CFRubricCriteria.map((criterion): CfRubricCriterion => {
            const item = criterion.CFItemURI && identifierKey(criterion.CFItemURI.identifier);
            const competency = item === undefined ? undefined : competencyByItem.get(item);
            const levels = (criterion.CFRubricCriterionLevels ?? []).map(
              ({ descriptor, description, ...level }): CfRubricCriterionLevel => {
                const text = descriptor ? competency?.levels[String(level.score)] : description;
                return {
                  identifier: level.identifier,
                  uri: level.uri,
                  ...(text !== undefined ? { description: text } : {}),
                  ...(level.quality !== undefined ? { quality: level.quality } : {}),
                  ...(level.score !== undefined ? { score: level.score } : {}),
                  ...(level.feedback !== undefined ? { feedback: level.feedback } : {}),
                  ...(level.position !== undefined ? { position: level.position } : {}),
                  ...(level.rubricCriterionId !== undefined ? { rubricCriterionId: level.rubricCriterionId } : {}),
                  lastChangeDateTime: level.lastChangeDateTime,
                };
              },
            );
            if (competency && item !== undefined && !extended.has(item)) {
              extended.add(item);
              const scores = new Set(levels.map((l) => l.score));
              for (const l of scale)
                if (!scores.has(l.level) && competency.levels[String(l.level)] !== undefined)
                  levels.push(levelOf(criterion.identifier, l, competency.levels[String(l.level)]!));
            }
            return {
              identifier: criterion.identifier,
              uri: criterion.uri,
              ...(criterion.category !== undefined ? { category: criterion.category } : {}),
              ...(criterion.description !== undefined ? { description: criterion.description } : {}),
              ...(criterion.CFItemURI ? { CFItemURI: criterion.CFItemURI } : {}),
              ...(criterion.weight !== undefined ? { weight: criterion.weight } : {}),
              ...(criterion.position !== undefined ? { position: criterion.position } : {}),
              ...(criterion.rubricId !== undefined ? { rubricId: criterion.rubricId } : {}),
              lastChangeDateTime: criterion.lastChangeDateTime,
              ...(criterion.CFRubricCriterionLevels || levels.length > 0 ? { CFRubricCriterionLevels: levels } : {}),
            };
          }),
        }
      : {}),
  };
}
