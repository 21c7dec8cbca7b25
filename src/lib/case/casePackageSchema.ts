import { z } from 'zod';

// The subset of a 1EdTech CASE 1.0 CFPackage that Cohesion writes and reads. Field names follow the
// CASE 1.0 data model exactly; fields outside this subset are dropped by parsing, and importCase
// reports the ones a package carried.

/** A CASE identifier: a UUID in 8-4-4-4-12 hexadecimal form. */
const uuid = z.guid({ error: 'must be a UUID' });
const uri = z.string().min(1);
const dateTime = z.iso.datetime({ offset: true, local: true, error: 'must be an ISO 8601 date and time' });

/** Optional free-text fields, by name. */
const optionalText = <K extends string>(...names: K[]) =>
  Object.fromEntries(names.map((name) => [name, z.string().optional()])) as Record<K, z.ZodOptional<z.ZodString>>;

/** What every CASE entity carries: its identifier, its URI and when it last changed. */
const caseEntity = { identifier: uuid, uri, lastChangeDateTime: dateTime };

/** A link to another CASE object of this or another framework (LinkURI). */
export const linkUriSchema = z.object({ title: z.string(), identifier: uuid, uri });
export type LinkUri = z.infer<typeof linkUriSchema>;

/** The origin or destination of an association, possibly outside CASE (LinkGenURI: any identifier). */
export const linkGenUriSchema = z.object({ title: z.string(), identifier: z.string().min(1), uri });

/** The framework document. */
export const cfDocumentSchema = z.object({
  ...caseEntity,
  creator: z.string(),
  title: z.string().min(1),
  ...optionalText('description', 'publisher', 'version', 'language', 'adoptionStatus'),
  CFPackageURI: linkUriSchema.optional(),
});
export type CfDocument = z.infer<typeof cfDocumentSchema>;

/** One statement of the framework: here an area or a competency. */
export const cfItemSchema = z.object({
  ...caseEntity,
  fullStatement: z.string(),
  ...optionalText('abbreviatedStatement', 'alternativeLabel', 'humanCodingScheme', 'CFItemType'),
  CFItemTypeURI: linkUriSchema.optional(),
  conceptKeywords: z.array(z.string()).nullable().optional(),
  educationLevel: z.array(z.string()).optional(),
  ...optionalText('listEnumeration', 'notes'),
  CFDocumentURI: linkUriSchema.optional(),
});
export type CfItem = z.infer<typeof cfItemSchema>;

/** A typed link between two nodes; "isChildOf" builds the tree (origin is the child). */
export const cfAssociationSchema = z.object({
  ...caseEntity,
  associationType: z.string().min(1),
  sequenceNumber: z.int().optional(),
  originNodeURI: linkGenUriSchema,
  destinationNodeURI: linkGenUriSchema,
  CFDocumentURI: linkUriSchema.optional(),
});
export type CfAssociation = z.infer<typeof cfAssociationSchema>;

/** A kind of item (CFDefinitions.CFItemTypes), linked from CFItem.CFItemTypeURI. */
export const cfItemTypeSchema = z.object({
  ...caseEntity,
  identifier: z.string().min(1),
  title: z.string().min(1),
  description: z.string().optional(),
  hierarchyCode: z.string(),
  typeCode: z.string().optional(),
});
export type CfItemType = z.infer<typeof cfItemTypeSchema>;

/** One level of a rubric criterion: here a competency's descriptor at one level of the scale. */
export const cfRubricCriterionLevelSchema = z.object({
  ...caseEntity,
  ...optionalText('description', 'quality'),
  score: z.number().optional(),
  feedback: z.string().optional(),
  position: z.int().optional(),
  rubricCriterionId: uuid.optional(),
});
export type CfRubricCriterionLevel = z.infer<typeof cfRubricCriterionLevelSchema>;

/** One criterion of a rubric, assessing the item its CFItemURI links to: here a competency. */
export const cfRubricCriterionSchema = z.object({
  ...caseEntity,
  category: z.string().optional(),
  description: z.string().optional(),
  CFItemURI: linkUriSchema.optional(),
  weight: z.number().optional(),
  position: z.int().optional(),
  rubricId: uuid.optional(),
  CFRubricCriterionLevels: z.array(cfRubricCriterionLevelSchema).optional(),
});
export type CfRubricCriterion = z.infer<typeof cfRubricCriterionSchema>;

/** A rubric: here the proficiency scale applied to every competency. */
export const cfRubricSchema = z.object({
  ...caseEntity,
  ...optionalText('title', 'description'),
  CFRubricCriteria: z.array(cfRubricCriterionSchema).optional(),
});
export type CfRubric = z.infer<typeof cfRubricSchema>;

/** A whole CASE framework as one JSON document (CFPackage). */
export const casePackageSchema = z.object({
  CFDocument: cfDocumentSchema,
  CFItems: z.array(cfItemSchema).optional(),
  CFAssociations: z.array(cfAssociationSchema).optional(),
  CFDefinitions: z.object({ CFItemTypes: z.array(cfItemTypeSchema).optional() }).optional(),
  CFRubrics: z.array(cfRubricSchema).optional(),
});
export type CasePackage = z.infer<typeof casePackageSchema>;
