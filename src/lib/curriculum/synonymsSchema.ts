import { z } from 'zod';

/** Words and phrases a learner may use for the same thing, e.g. ["KOL", "key opinion leader"]. */
export const synonymSetSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1, { error: 'write a word or phrase' })
      .describe('A word or phrase, e.g. "KOL" or "key opinion leader"'),
  )
  .min(2, { error: 'list at least two words or phrases that mean the same' })
  .describe('Words and phrases that mean the same, e.g. [KOL, key opinion leader]');
export type SynonymSet = z.infer<typeof synonymSetSchema>;

/**
 * `content/synonyms.yaml`: the sets of synonyms search treats as one, so "KOL" finds "key opinion
 * leader" and the reverse. A word or phrase may be in one set only.
 */
export const synonymsSchema = z.array(synonymSetSchema).superRefine((sets, ctx) => {
  const seen = new Map<string, number>();
  sets.forEach((set, i) => {
    set.forEach((expression, j) => {
      const key = expression.toLowerCase().replace(/\s+/g, ' ');
      const first = seen.get(key);
      if (first !== undefined && first !== i)
        ctx.addIssue({
          code: 'custom',
          path: [i, j],
          message: `"${expression}" is already in set ${first + 1}; a word or phrase may be in one set only (merge the two sets)`,
        });
      else seen.set(key, i);
    });
  });
});
export type Synonyms = z.infer<typeof synonymsSchema>;
