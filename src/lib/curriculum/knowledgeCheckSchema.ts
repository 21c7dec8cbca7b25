import { z } from 'zod';
import { idSchema } from './idSchema';

/** An answer option: its text, whether it is correct, and the feedback shown once answered. */
export const checkOptionSchema = z.strictObject({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  explanation: z.string().min(1).describe('Why this option is right or wrong; shown after answering'),
});

/** A knowledge-check question in a module's front matter (`checks:`). */
export const knowledgeCheckSchema = z.strictObject({
  id: idSchema.describe('Unique within the module; place it with <KnowledgeCheck id="…" />'),
  question: z.string().min(5),
  type: z
    .enum(['single', 'multiple'])
    .default('single')
    .describe('single: exactly one correct option; multiple: two or more correct options'),
  options: z.array(checkOptionSchema).min(2, { error: 'give at least two options' }),
});
export type KnowledgeCheck = z.infer<typeof knowledgeCheckSchema>;
export type CheckOption = z.infer<typeof checkOptionSchema>;
