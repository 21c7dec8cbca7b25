import { describe, expect, it } from 'vitest';
import { exportCase } from '../case/exportCase';
import { badgeAchievements } from './badgeAchievements';
import { badgeAchievementsSchema } from './badgeAchievementsSchema';

const scale = [
  { id: 'aware', level: 1, name: 'Aware', descriptor: 'Knows the words and where to look them up.' },
  { id: 'practising', level: 2, name: 'Practising', descriptor: 'Does it with help and growing confidence.' },
];
const competencies = [
  {
    id: 'mapping',
    name: 'Stakeholder mapping',
    area: 'skillset',
    description: 'Maps the people who decide.',
    levels: { '1': 'Names the roles in an account.', '2': 'Maps influence across the account.' },
  },
];
const framework = {
  file: 'content/framework.yaml',
  name: 'Test framework',
  description: 'A framework for tests.',
  areas: [{ id: 'skillset', title: 'Skillset' }],
  case: {
    identifier: 'b840484a-31b3-4c63-b5b7-538ae1201a55',
    creator: 'COE',
    lastChangeDateTime: '2026-01-01T00:00:00Z',
  },
};

describe('badgeAchievements', () => {
  it('makes one achievement per competency and level, the level descriptor as its criteria', () => {
    const { organisation, achievements } = badgeAchievements({ organisation: 'Example Pharma', competencies, scale });
    expect(organisation).toBe('Example Pharma');
    expect(achievements.map((a) => [a.competency, a.level, a.levelName, a.descriptor])).toEqual([
      ['mapping', 1, 'Aware', 'Names the roles in an account.'],
      ['mapping', 2, 'Practising', 'Maps influence across the account.'],
    ]);
    expect(achievements[0]!.case).toBeUndefined();
  });

  it('carries the CASE identifiers the framework export gives the competency and its rubric level', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the export reads only these fields of a curriculum.
    const casePackage = exportCase({ framework, competencies, scale } as any);
    const result = badgeAchievements({ organisation: 'Example Pharma', competencies, scale, casePackage });
    expect(badgeAchievementsSchema.parse(result)).toEqual(result);
    const item = casePackage.CFItems!.find((i) => i.humanCodingScheme === 'mapping')!;
    const level2 = casePackage.CFRubrics![0]!.CFRubricCriteria![0]!.CFRubricCriterionLevels!.find(
      (l) => l.score === 2,
    )!;
    expect(result.achievements[1]!.case).toEqual({
      framework: {
        title: 'Test framework',
        identifier: framework.case.identifier,
        uri: `urn:uuid:${framework.case.identifier}`,
      },
      item: { identifier: item.identifier, uri: item.uri },
      level: { identifier: level2.identifier, uri: level2.uri },
    });
  });
});
