import { z } from 'zod';

const caseLinkSchema = z.strictObject({ identifier: z.string().min(1), uri: z.string().min(1) });

/** One badge a learner can earn: a competency of the framework at one level of its scale. */
export const badgeAchievementSchema = z.strictObject({
  competency: z.string().min(1).describe('the competency id, e.g. "stakeholder-mapping"'),
  name: z.string().min(1).describe("the competency's name"),
  level: z.number().int().positive(),
  levelName: z.string().min(1).describe("the scale's name for the level, e.g. Practising"),
  descriptor: z.string().describe("the competency's behavioural descriptor at that level: the badge's criteria"),
  case: z
    .strictObject({
      framework: caseLinkSchema.extend({ title: z.string() }),
      item: caseLinkSchema,
      level: caseLinkSchema.optional(),
    })
    .optional()
    .describe(
      'CASE identifiers of the competency (CFItem) and of its level (CFRubricCriterionLevel), when the framework has a case: block',
    ),
});
export type BadgeAchievement = z.infer<typeof badgeAchievementSchema>;

/** What the built site publishes at /badges/achievements.json for the sync server to issue badges from. */
export const badgeAchievementsSchema = z.strictObject({
  organisation: z.string().min(1).describe("the issuer's name: site.yaml's organisation"),
  achievements: z.array(badgeAchievementSchema),
});
export type BadgeAchievements = z.infer<typeof badgeAchievementsSchema>;
