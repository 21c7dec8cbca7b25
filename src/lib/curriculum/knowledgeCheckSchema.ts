import { z } from 'zod';
import { idSchema } from './idSchema';

/** Inline Markdown (code, emphasis, links) allowed in stems, options, feedback and model answers; rendered at build time. */
const inlineMarkdown = z
  .string()
  .min(1)
  .describe('Inline Markdown: `code`, *emphasis*, **strong**, [links](/modules/…/)');

/** An answer option: its text, whether it is correct, and the feedback shown once answered. */
export const checkOptionSchema = z.strictObject({
  text: inlineMarkdown,
  correct: z.boolean().default(false),
  explanation: inlineMarkdown.describe('Why this option is right or wrong; shown after answering (inline Markdown)'),
});

/** A knowledge-check question in a module's front matter (`checks:`). */
export const knowledgeCheckSchema = z
  .strictObject({
    id: idSchema.describe('Unique within the module; place it with <KnowledgeCheck id="…" />'),
    question: z.string().min(5).describe('The stem (inline Markdown)'),
    type: z
      .enum(['single', 'multiple', 'free-text'])
      .default('single')
      .describe(
        'single: exactly one correct option; multiple: two or more correct options; free-text: the learner writes an answer and marks it against modelAnswer',
      ),
    options: z.array(checkOptionSchema).default([]).describe('The answer options of a single or multiple check'),
    shuffle: z
      .boolean()
      .optional()
      .describe('true: show the options in an order of their own for each learner (stable for that learner)'),
    modelAnswer: inlineMarkdown
      .optional()
      .describe('free-text only: the answer the learner compares theirs with (inline Markdown)'),
  })
  .superRefine((check, ctx) => {
    if (check.type === 'free-text') {
      if (!check.modelAnswer)
        ctx.addIssue({
          code: 'custom',
          path: ['modelAnswer'],
          message: 'a free-text check needs a modelAnswer: the answer learners compare theirs with',
        });
      if (check.options.length > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: 'a free-text check has no options: remove them, or set type: single or multiple',
        });
    } else {
      if (check.options.length < 2)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'give at least two options' });
      if (check.modelAnswer)
        ctx.addIssue({
          code: 'custom',
          path: ['modelAnswer'],
          message: 'only a free-text check has a modelAnswer: remove it, or set type: free-text',
        });
    }
  });
export type KnowledgeCheck = z.infer<typeof knowledgeCheckSchema>;
export type CheckOption = z.infer<typeof checkOptionSchema>;
