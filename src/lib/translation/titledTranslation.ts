import { type ZodType, z } from 'zod';
import { sourceStampSchema } from './sourceStampSchema';

/** The fields a module's or a path's translation both have: `owner`'s title and summary in this language, and the source stamp. */
export const titledTranslation = (owner: string) => ({
  title: z.string().min(3).describe(`The ${owner} title in this language`),
  summary: z.string().min(20).describe('The summary in this language'),
  source: sourceStampSchema,
});

/** An optional list translating each entry of the source's list, in the source's order. */
export const inSourceOrder = <T extends ZodType>(entry: T, description: string) =>
  z.array(entry).min(1).optional().describe(`${description}, in the source's order`);
