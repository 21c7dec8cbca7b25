import { z } from 'zod';

/** A content hash as `translation:stamp` writes it: 12 lower-case hex digits. */
const hashSchema = z
  .string()
  .regex(/^[0-9a-f]{12}$/, { error: 'write the hash as npm run translation:stamp records it: 12 hex digits' })
  .describe('12 hex digits, recorded by npm run translation:stamp');

/**
 * What a translation records about the source it was made from: the hash of the whole source and one
 * hash per section (`_frontmatter`, `_intro`, then each heading's anchor, or each field of a YAML
 * entry), so a change can be traced to the headings that changed.
 */
export const sourceStampSchema = z
  .strictObject({
    hash: hashSchema,
    sections: z.record(z.string().min(1), hashSchema).default({}).describe('One hash per section of the source'),
  })
  .describe('The source this translation was made from; written by npm run translation:stamp');
export type SourceStamp = z.infer<typeof sourceStampSchema>;
