import { z } from 'zod';

/**
 * `content/case-patterns.yaml`: what the share form warns about as personal or customer data besides
 * e-mail addresses and phone numbers, which `detectPersonalData` always finds. The COE extends it.
 */
export const casePatternsSchema = z.strictObject({
  names: z
    .array(z.string().trim().min(2))
    .default([])
    .describe('Personal names (first names, surnames, customer names) found as whole words, spelt as listed'),
  honorifics: z
    .array(z.string().trim().min(1))
    .default([])
    .describe('Titles such as Dr, Mrs, Prof: one or two capitalised words after a title are taken for a name'),
  patterns: z
    .array(
      z.strictObject({
        label: z.string().trim().min(1).describe('What the form says it found, e.g. "customer number"'),
        regex: z
          .string()
          .min(1)
          .refine((source) => {
            try {
              new RegExp(source, 'gu');
              return true;
            } catch {
              return false;
            }
          }, 'must be a JavaScript regular expression (Unicode mode), e.g. "\\\\bCUST-\\\\d{6}\\\\b"')
          .describe('A JavaScript regular expression, matched with the flags g and u'),
      }),
    )
    .default([])
    .describe('Further patterns, e.g. customer numbers'),
});
export type CasePatterns = z.infer<typeof casePatternsSchema>;
