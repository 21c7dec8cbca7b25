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

/** A matching check's pair: an item (inline Markdown) and the option that matches it (plain text, shown in a list). */
export const matchPairSchema = z.strictObject({
  item: inlineMarkdown.describe('What the learner matches (inline Markdown)'),
  match: z.string().min(1).describe('The option that matches it (plain text: shown in a drop-down list)'),
});

/** A knowledge-check question in a module's front matter (`checks:`). */
export const knowledgeCheckSchema = z
  .strictObject({
    id: idSchema.describe('Unique within the module; place it with <KnowledgeCheck id="…" />'),
    question: z.string().min(5).describe('The stem (inline Markdown)'),
    type: z
      .enum(['single', 'multiple', 'free-text', 'ordering', 'matching'])
      .default('single')
      .describe(
        'single: exactly one correct option; multiple: two or more correct options; free-text: the learner writes an answer and marks it against modelAnswer; ordering: the learner puts steps in order; matching: the learner pairs each item with an option',
      ),
    options: z.array(checkOptionSchema).default([]).describe('The answer options of a single or multiple check'),
    shuffle: z
      .boolean()
      .optional()
      .describe('true: show the options in an order of their own for each learner (stable for that learner)'),
    modelAnswer: inlineMarkdown
      .optional()
      .describe('free-text only: the answer the learner compares theirs with (inline Markdown)'),
    steps: z
      .array(inlineMarkdown)
      .optional()
      .describe('ordering only: the steps in their right order (inline Markdown); learners see them shuffled'),
    pairs: z
      .array(matchPairSchema)
      .optional()
      .describe('matching only: each item with the option that matches it; learners see the options shuffled'),
    explanation: inlineMarkdown
      .optional()
      .describe(
        'ordering and matching: why the answer is right; shown once answered right or revealed (inline Markdown)',
      ),
  })
  .superRefine((check, ctx) => {
    const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (check.type === 'free-text') {
      if (!check.modelAnswer)
        issue('modelAnswer', 'a free-text check needs a modelAnswer: the answer learners compare theirs with');
      if (check.options.length > 0)
        issue('options', 'a free-text check has no options: remove them, or set type: single or multiple');
    } else if (check.type === 'ordering') {
      if ((check.steps ?? []).length < 3)
        issue('steps', 'an ordering check needs at least three steps, in their right order');
      else if (new Set(check.steps).size !== check.steps!.length)
        issue('steps', 'two steps have the same text: learners could not tell them apart');
    } else if (check.type === 'matching') {
      if ((check.pairs ?? []).length < 3)
        issue('pairs', 'a matching check needs at least three pairs of item and match');
    } else if (check.options.length < 2) issue('options', 'give at least two options');
    if (check.type !== 'free-text' && check.modelAnswer)
      issue('modelAnswer', 'only a free-text check has a modelAnswer: remove it, or set type: free-text');
    if ((check.type === 'ordering' || check.type === 'matching') && check.options.length > 0)
      issue(
        'options',
        `${check.type === 'ordering' ? 'an' : 'a'} ${check.type} check has no options: list its ${check.type === 'ordering' ? 'steps' : 'pairs'} instead`,
      );
    if (check.type !== 'ordering' && check.steps)
      issue('steps', 'only an ordering check has steps: remove them, or set type: ordering');
    if (check.type !== 'matching' && check.pairs)
      issue('pairs', 'only a matching check has pairs: remove them, or set type: matching');
    if (check.type !== 'ordering' && check.type !== 'matching' && check.explanation)
      issue('explanation', 'only ordering and matching checks have one explanation: choice checks explain each option');
  });
export type KnowledgeCheck = z.infer<typeof knowledgeCheckSchema>;
export type CheckOption = z.infer<typeof checkOptionSchema>;
