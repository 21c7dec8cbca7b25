import { z } from 'zod';
import { idSchema } from './idSchema';
import { listOfUnique } from './listOfUnique';

/** One kind of callout a course uses: `<Callout type="…">`. */
export const calloutTypeSchema = z.strictObject({
  type: idSchema.describe('What authors write in <Callout type="…">, e.g. key-points'),
  label: z.string().trim().min(1).describe('The heading learners see, e.g. "Key points"'),
  icon: z.string().trim().min(1).max(4).optional().describe('An emoji or symbol shown before the label (decorative)'),
  tone: z
    .enum(['note', 'tip', 'warning'])
    .default('note')
    .describe('Which of the three looks it takes: note (blue), tip (green), warning (orange)'),
});
export type CalloutType = z.infer<typeof calloutTypeSchema>;

/**
 * `content/callouts.yaml` (optional): the callout types a course adds to, or relabels among, the
 * built-in note, tip and warning, so it can have "Key points" or "Discussion" without code changes.
 */
export const calloutVocabularySchema = listOfUnique(
  calloutTypeSchema,
  'type',
  (type) => `callout type "${type}" is declared twice`,
);
export type CalloutVocabulary = z.infer<typeof calloutVocabularySchema>;

/** The callout types every curriculum has, whatever its callouts.yaml says. */
export const DEFAULT_CALLOUTS: CalloutVocabulary = [
  { type: 'note', label: 'Note', tone: 'note' },
  { type: 'tip', label: 'Tip', tone: 'tip' },
  { type: 'warning', label: 'Watch out', tone: 'warning' },
];

/**
 * The callout types a curriculum's modules may use: the built-in ones, then the course's own;
 * a course entry with a built-in type replaces that type's label, icon and tone.
 */
export function calloutVocabularyOf(declared: CalloutVocabulary | undefined): CalloutVocabulary {
  const byType = new Map(DEFAULT_CALLOUTS.map((t) => [t.type, t]));
  for (const t of declared ?? []) byType.set(t.type, t);
  return [...byType.values()];
}
