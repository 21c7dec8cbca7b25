import { z } from 'zod';
import type { Curriculum } from '../curriculum/curriculum.ts';
import { type ItemAnalysisOptions, itemAnalysisOptionsSchema } from './itemAnalysisOptions.ts';

/**
 * What the server's item analysis needs of the built curriculum (`/coverage/item-bank.json`): the
 * settings of `content/coverage.yaml` and, per module, its source file and its knowledge checks with
 * their options and which are right. Nothing here is new to a learner: each module's checks.json
 * carries the same answer key.
 */
export const itemBankSchema = z.object({
  settings: itemAnalysisOptionsSchema,
  modules: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      /** Relative to the project, e.g. content/modules/stakeholder-mapping.mdx. */
      file: z.string(),
      checks: z.array(
        z.object({
          id: z.string(),
          type: z.string(),
          question: z.string(),
          options: z.array(z.object({ text: z.string(), correct: z.boolean() })),
        }),
      ),
    }),
  ),
});
export type ItemBank = z.infer<typeof itemBankSchema>;

/** The item bank of a curriculum under the item-analysis settings, modules sorted by id. */
export function itemBankOf(curriculum: Pick<Curriculum, 'modules'>, settings: ItemAnalysisOptions): ItemBank {
  return {
    settings,
    modules: [...curriculum.modules]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((m) => ({
        id: m.id,
        title: m.title,
        file: m.file,
        checks: m.checks.map((c) => ({
          id: c.id,
          type: c.type,
          question: c.question,
          options: c.options.map((o) => ({ text: o.text, correct: o.correct })),
        })),
      })),
  };
}
