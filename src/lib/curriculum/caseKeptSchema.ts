import { z } from 'zod';
import {
  cfAssociationSchema,
  cfItemTypeSchema,
  cfRubricCriterionLevelSchema,
  cfRubricCriterionSchema,
  cfRubricSchema,
  linkGenUriSchema,
} from '../case/casePackageSchema';
import { caseIdentifierSchema } from './caseIdentifierSchema';

const dateTime = z.iso.datetime({
  offset: true,
  local: true,
  error: 'must be a date and time such as "2026-11-23T09:00:00Z" (in quotes)',
});

/** A CASE link (LinkURI / LinkGenURI) kept as the source package wrote it. */
export const caseLinkSchema = z.strictObject(linkGenUriSchema.shape);

/**
 * What a CASE object kept verbatim carries in place of the package schema's checks: its identifier as
 * the source package wrote it (not necessarily a UUID), and a change time whose error speaks of YAML.
 */
const keptIdentity = { identifier: z.string().min(1), lastChangeDateTime: dateTime };

/** The "isChildOf" association that places an imported item, where it differs from the derived one. */
export const caseKeptAssociationSchema = z.strictObject({
  identifier: caseIdentifierSchema.optional().describe('Its own identifier; derived when absent'),
  uri: z.string().min(1).optional().describe('Its own uri; case.uriBase + identifier when absent'),
  sequenceNumber: z.int().optional().describe('Its own sequenceNumber; the position when absent'),
  lastChangeDateTime: dateTime.optional(),
});

/**
 * The CASE fields of an imported item that Cohesion's own fields do not carry, kept so the export
 * writes them back unchanged (written by npm run case:import; absent for items authored here).
 */
export const caseKeptSchema = z.strictObject({
  isDocument: z
    .literal(true)
    .optional()
    .describe('This area stands for the CFDocument itself (a one-level framework): it exports as no item'),
  humanCodingScheme: z.string().optional().describe('The coding scheme, when it is not the id'),
  abbreviatedStatement: z.string().optional(),
  alternativeLabel: z.string().optional(),
  itemType: z.string().optional().describe('CFItemType; "" for an item that had none'),
  itemTypeURI: caseLinkSchema.optional(),
  uri: z.string().min(1).optional().describe("The item's own uri, when it is not case.uriBase + identifier"),
  educationLevel: z.array(z.string()).optional(),
  conceptKeywords: z.array(z.string()).optional().describe('Keywords other than the pillar'),
  listEnumeration: z.string().optional(),
  notes: z.string().optional(),
  lastChangeDateTime: dateTime.optional().describe("The item's own change time, when not the framework's"),
  association: caseKeptAssociationSchema.optional(),
});
export type CaseKept = z.infer<typeof caseKeptSchema>;

/** A statement below a competency (a deeper level of an imported framework), with its own sub-statements. */
export interface CompetencyStatement {
  statement: string;
  caseIdentifier: string;
  case?: CaseKept;
  statements?: CompetencyStatement[];
}
/** Schema of CompetencyStatement: kept in the competency file in the framework's order. */
export const competencyStatementSchema: z.ZodType<CompetencyStatement> = z.lazy(() =>
  z.strictObject({
    statement: z.string().describe("The item's fullStatement"),
    caseIdentifier: caseIdentifierSchema,
    case: caseKeptSchema.optional(),
    statements: z.array(competencyStatementSchema).optional(),
  }),
);

/** A kind of item an imported framework defined (CFDefinitions.CFItemTypes), kept for the export. */
export const caseKeptItemTypeSchema = z.strictObject({ ...cfItemTypeSchema.shape, ...keptIdentity, title: z.string() });

/** An association other than the "isChildOf" tree (isRelatedTo, precedes, exactMatchOf …), kept verbatim. */
export const caseKeptLinkAssociationSchema = z.strictObject({
  ...cfAssociationSchema.omit({ CFDocumentURI: true }).shape,
  ...keptIdentity,
  originNodeURI: caseLinkSchema,
  destinationNodeURI: caseLinkSchema,
});

/**
 * A level of a kept rubric criterion. `descriptor: true` stands for its description: the assessed
 * competency's descriptor at this score (in its file), so the descriptor is written in one place.
 */
export const caseKeptRubricLevelSchema = z.strictObject({
  ...cfRubricCriterionLevelSchema.shape,
  ...keptIdentity,
  descriptor: z.literal(true).optional().describe("The description is the competency's levels: entry for this score"),
  rubricCriterionId: z.string().min(1).optional(),
});
export type CaseKeptRubricLevel = z.infer<typeof caseKeptRubricLevelSchema>;

/** A criterion of a kept rubric, assessing the item its CFItemURI links to (a competency, or anything else). */
export const caseKeptRubricCriterionSchema = z.strictObject({
  ...cfRubricCriterionSchema.shape,
  ...keptIdentity,
  CFItemURI: caseLinkSchema.optional(),
  rubricId: z.string().min(1).optional(),
  CFRubricCriterionLevels: z.array(caseKeptRubricLevelSchema).optional(),
});
export type CaseKeptRubricCriterion = z.infer<typeof caseKeptRubricCriterionSchema>;

/** A rubric of an imported framework (CFRubrics), kept with its own identifiers so the export writes it back. */
export const caseKeptRubricSchema = z.strictObject({
  ...cfRubricSchema.shape,
  ...keptIdentity,
  CFRubricCriteria: z.array(caseKeptRubricCriterionSchema).optional(),
});
export type CaseKeptRubric = z.infer<typeof caseKeptRubricSchema>;
