import { z } from 'zod';
import { CASE_MARKDOWN_FIELDS, caseStatusSchema, fieldCaseSchema } from './fieldCaseSchema.ts';

/** The four Markdown fields as safe HTML, rendered by the server with `renderCaseMarkdown` and `caseMarkdownToHtml`. */
export const caseHtmlSchema = z.strictObject(
  Object.fromEntries(CASE_MARKDOWN_FIELDS.map((f) => [f, z.string()])) as Record<
    (typeof CASE_MARKDOWN_FIELDS)[number],
    z.ZodString
  >,
);

/** One step of a case's curation: a submission or resubmission, or a lead's decision, with who and when. */
export const caseHistoryEntrySchema = z.strictObject({
  action: z.enum(['submitted', 'resubmitted', 'approve', 'requestChanges', 'decline']),
  by: z.string().describe('The credential that acted: a learner device, a lead or an admin'),
  at: z.iso.datetime(),
  comment: z.string().nullable(),
  edited: z.array(z.string()).describe('The fields a lead changed with this decision'),
});
export type CaseHistoryEntry = z.infer<typeof caseHistoryEntrySchema>;

/**
 * A case as its author (`GET /api/cases/mine`) and the leads (`GET /api/cases`) see it: the case,
 * where it stands, the latest lead comment and the whole history. `authorName` is the name the
 * author chose to show (null when they chose not to).
 */
export const caseViewSchema = z.strictObject({
  case: fieldCaseSchema,
  status: caseStatusSchema,
  html: caseHtmlSchema,
  submittedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  approvedAt: z.iso.datetime().nullable(),
  comment: z.string().nullable().describe("The latest lead decision's comment, if it had one"),
  authorName: z.string().nullable(),
  history: z.array(caseHistoryEntrySchema),
});
export type CaseView = z.infer<typeof caseViewSchema>;
