import { z } from 'zod';
import { competencyLevelSchema, idSchema } from '../curriculum/idSchema.ts';
import { caseText } from './caseText.ts';
import { deepestNesting } from './deepestNesting.ts';

/** Longest title a case may have, in characters. */
export const CASE_TITLE_MAX = 120;
/** Longest Markdown field (situation, action, result, reuse) a case may have, in characters. */
export const CASE_FIELD_MAX = 4000;
/** Longest author name the library shows, in characters. */
export const CASE_AUTHOR_NAME_MAX = 80;
/** Most competencies one case may illustrate. */
export const CASE_COMPETENCIES_MAX = 5;

/** The four Markdown fields of a case, in the order the form and the library show them. */
export const CASE_MARKDOWN_FIELDS = ['situation', 'action', 'result', 'reuse'] as const;
export type CaseMarkdownField = (typeof CASE_MARKDOWN_FIELDS)[number];

/** Deepest nesting of lists and quotes a Markdown field may open on one line. */
export const CASE_NESTING_MAX = 6;

const text = (what: string, max: number) =>
  z
    .string()
    .transform(caseText)
    .pipe(
      z
        .string()
        .trim()
        .min(1, `Write the ${what}.`)
        .max(max, `Keep the ${what} to ${max.toLocaleString('en')} characters.`),
    );
const markdown = (what: string) =>
  text(what, CASE_FIELD_MAX).refine(
    (value) => deepestNesting(value) <= CASE_NESTING_MAX,
    `Nest lists and quotes in the ${what} at most ${CASE_NESTING_MAX} deep.`,
  );

const fieldCaseObject = z.strictObject({
  id: z.uuid().describe('Made by the browser when the draft starts; submitting the same id again is idempotent'),
  title: text('title', CASE_TITLE_MAX).describe('Plain text, never Markdown'),
  situation: markdown('situation').describe('Markdown: the account and what was at stake'),
  action: markdown('action').describe('Markdown: what the learner did'),
  result: markdown('result').describe('Markdown: what came of it'),
  reuse: markdown('reuse').describe('Markdown: what others can reuse'),
  competencies: z
    .array(competencyLevelSchema)
    .min(1, 'Name at least one competency the case illustrates.')
    .max(CASE_COMPETENCIES_MAX, `Name at most ${CASE_COMPETENCIES_MAX} competencies.`)
    .refine(
      (list) => new Set(list.map((c) => c.competency)).size === list.length,
      'Name each competency once, at the level the case shows.',
    )
    .describe('Competency ids of content/competencies/ at a level of content/scale.yaml'),
  region: idSchema.optional().describe('A region of content/regions.yaml (kind global or region)'),
  archetype: idSchema.optional().describe('A healthcare archetype of content/regions.yaml (kind archetype)'),
  function: idSchema.optional().describe('A job function of content/functions.yaml'),
  showName: z.boolean().describe("Whether the library shows the author's display name"),
  authorName: z
    .string()
    .transform(caseText)
    .pipe(z.string().trim().min(1).max(CASE_AUTHOR_NAME_MAX, `Keep the name to ${CASE_AUTHOR_NAME_MAX} characters.`))
    .optional()
    .describe('Plain text: how the library names the author when showName is true (learners have no other name)'),
});

/**
 * A field case as a learner submits it (`POST /api/cases`, `PUT /api/cases/:id`, the share form, an
 * offline draft). Text is normalised by `caseText` (NFC, invisible characters removed) and trimmed
 * before its length is checked; Markdown fields are shown only through `renderCaseMarkdown`, never
 * as HTML. Competencies and levels, region, archetype and function are checked against the
 * curriculum by the server, not here.
 */
export const fieldCaseSchema = fieldCaseObject.refine((c) => !c.showName || c.authorName !== undefined, {
  message: 'Give the name the library should show, or choose not to show your name.',
  path: ['authorName'],
});
/** A field case as stored: normalised text, the curriculum's ids. */
export type FieldCase = z.infer<typeof fieldCaseSchema>;
/** A field case as typed in (before normalisation). */
export type FieldCaseInput = z.input<typeof fieldCaseSchema>;

/** Where a case stands in curation. */
export const caseStatusSchema = z.enum(['submitted', 'changesRequested', 'approved', 'declined']);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** A lead's decision on a submitted case. */
export const caseDecisionKindSchema = z.enum(['approve', 'requestChanges', 'decline']);
export type CaseDecisionKind = z.infer<typeof caseDecisionKindSchema>;

/**
 * A lead's decision (`POST /api/cases/:id/decisions`): `edits` replace the named fields before the
 * decision applies (a lead tidies a case and approves it); a request for changes needs a comment.
 */
export const caseDecisionSchema = z
  .strictObject({
    decision: caseDecisionKindSchema,
    comment: z
      .string()
      .transform(caseText)
      .pipe(z.string().trim().max(CASE_FIELD_MAX, `Keep the comment to ${CASE_FIELD_MAX} characters.`))
      .optional(),
    edits: fieldCaseObject.omit({ id: true, showName: true, authorName: true }).partial().optional(),
  })
  .refine((d) => d.decision !== 'requestChanges' || (d.comment ?? '') !== '', {
    message: 'Say what to change: a request for changes needs a comment.',
    path: ['comment'],
  });
export type CaseDecision = z.infer<typeof caseDecisionSchema>;
