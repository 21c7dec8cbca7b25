import type { CasePackage } from '../case/casePackageSchema';
import type { Competency } from '../curriculum/competencySchema';
import type { ScaleLevel } from '../curriculum/scaleLevelSchema';
import type { BadgeAchievement, BadgeAchievements } from './badgeAchievementsSchema';

/** What badge achievements are made from: the framework's competencies and scale, its CASE package when it has one. */
export interface BadgeAchievementSource {
  organisation: string;
  competencies: ReadonlyArray<Competency & { id: string }>;
  scale: readonly ScaleLevel[];
  casePackage?: CasePackage;
}

/**
 * One achievement per competency and level of the scale, with the competency's descriptor at that
 * level as its criteria and, from the CASE package, the CFItem of the competency and the
 * CFRubricCriterionLevel of the level (as exportCase identifies them).
 */
export function badgeAchievements({
  organisation,
  competencies,
  scale,
  casePackage,
}: BadgeAchievementSource): BadgeAchievements {
  const document = casePackage?.CFDocument;
  const items = new Map((casePackage?.CFItems ?? []).map((item) => [item.humanCodingScheme, item]));
  const criteria = (casePackage?.CFRubrics ?? []).flatMap((rubric) => rubric.CFRubricCriteria ?? []);
  const levels = [...scale].sort((a, b) => a.level - b.level);
  const achievements: BadgeAchievement[] = [...competencies]
    .sort((a, b) => a.id.localeCompare(b.id, 'en'))
    .flatMap((competency) => {
      const item = items.get(competency.id);
      const criterion = item && criteria.find((c) => c.CFItemURI?.identifier === item.identifier);
      return levels.map((l) => {
        const level = criterion?.CFRubricCriterionLevels?.find((cl) => cl.score === l.level);
        return {
          competency: competency.id,
          name: competency.name,
          level: l.level,
          levelName: l.name,
          descriptor: competency.levels[String(l.level)] ?? '',
          ...(document && item
            ? {
                case: {
                  framework: { title: document.title, identifier: document.identifier, uri: document.uri },
                  item: { identifier: item.identifier, uri: item.uri },
                  ...(level ? { level: { identifier: level.identifier, uri: level.uri } } : {}),
                },
              }
            : {}),
        };
      });
    });
  return { organisation, achievements };
}
