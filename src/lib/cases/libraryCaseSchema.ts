import { z } from 'zod';
import { competencyLevelSchema, idSchema } from '../curriculum/idSchema.ts';
import { caseHtmlSchema } from './caseViewSchema.ts';

/**
 * An approved case as the library shows it to any signed-in reader (`GET /api/cases/library`): the
 * Markdown and its safe HTML, its references, and the author's name only when they chose to show it.
 */
export const libraryCaseSchema = z.strictObject({
  id: z.uuid(),
  title: z.string(),
  situation: z.string(),
  action: z.string(),
  result: z.string(),
  reuse: z.string(),
  html: caseHtmlSchema,
  competencies: z.array(competencyLevelSchema),
  region: idSchema.optional(),
  archetype: idSchema.optional(),
  function: idSchema.optional(),
  author: z.string().nullable().describe("The author's chosen name, or null when they chose not to show it"),
  approvedAt: z.iso.datetime(),
});
export type LibraryCase = z.infer<typeof libraryCaseSchema>;
