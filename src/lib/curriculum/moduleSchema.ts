import { z } from 'zod';
import { moduleLicenceSchema, moduleSourceSchema } from './attributionSchema';
import { competencyLevelSchema, idSchema } from './idSchema';
import { knowledgeCheckSchema } from './knowledgeCheckSchema';

/** The time a learner spends on one section of a module: the section starts at the `## heading` named. */
export const sectionTimingSchema = z.strictObject({
  heading: z.string().min(1).describe('The text of a `##` heading in the body, as written (without the ##)'),
  minutes: z.int().min(1).max(240).describe('Minutes a learner needs for this section'),
});
export type SectionTiming = z.infer<typeof sectionTimingSchema>;

/** Front matter of a module (`content/modules/<id>.mdx`; the id is the file name). */
export const moduleSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(20).describe('One or two sentences shown in lists and search results'),
  model: idSchema
    .optional()
    .describe('Id of the engagement model in content/engagement-models/, when the curriculum has one'),
  develops: z
    .array(competencyLevelSchema)
    .min(1, {
      error: 'list at least one competency the module develops, e.g. - { competency: value-selling, level: 2 }',
    })
    .describe('Each competency the module develops, and the level it brings a learner to'),
  duration: z.int().min(1).max(240).describe('Minutes a learner needs, reading and checks included'),
  prerequisites: z.array(idSchema).default([]).describe('Ids of modules to complete first'),
  objectives: z.array(z.string().min(5)).min(1, { error: 'list at least one learning objective' }),
  tags: z.array(z.string().min(1)).default([]),
  sections: z
    .array(sectionTimingSchema)
    .default([])
    .describe('Per-section timing, in body order; check:content warns when it does not add up to duration'),
  checks: z.array(knowledgeCheckSchema).default([]).describe('Knowledge-check questions'),
  source: moduleSourceSchema
    .optional()
    .describe('The work this module comes from; shown as an attribution on its page'),
  licence: moduleLicenceSchema.optional().describe('The licence of the module (and of its source), e.g. CC BY 4.0'),
});
export type ModuleFrontmatter = z.infer<typeof moduleSchema>;
