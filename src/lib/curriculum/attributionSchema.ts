import { z } from 'zod';

/** Where a module's material comes from (a module adapted from an open course): shown on its page. */
export const moduleSourceSchema = z.strictObject({
  title: z.string().trim().min(1).describe('Title of the original work'),
  author: z.string().trim().min(1).optional().describe('Its author(s) or publisher'),
  url: z.url().optional().describe('Where the original can be found'),
  adapted: z.boolean().default(true).describe('true (default): the module changes the original; says "Adapted from"'),
});
export type ModuleSource = z.infer<typeof moduleSourceSchema>;

/** The licence a module's material is under, e.g. { name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/ }. */
export const moduleLicenceSchema = z.strictObject({
  name: z.string().trim().min(1).describe('e.g. CC BY 4.0'),
  url: z.url().optional().describe('The licence text'),
});
export type ModuleLicence = z.infer<typeof moduleLicenceSchema>;
