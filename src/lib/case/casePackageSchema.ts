import { z } from 'zod';

// The subset of a 1EdTech CASE 1.0 CFPackage that Cohesion writes and reads. Field names follow the
// CASE 1.0 data model exactly; fields outside this subset are dropped by parsing, and importCase
// reports the ones a package carried.

/** A CASE identifier: a UUID in 8-4-4-4-12 hexadecimal form. */
const uuid = z.guid({ error: 'must be a UUID' });
const uri = z.string().min(1);
const dateTime = z.iso.datetime({ offset: true, local: true, error: 'must be an ISO 8601 date and time' });

/** A link to another CASE object of this or another framework (LinkURI). */
export const linkUriSchema = z.object({ title: z.string(), identifier: uuid, uri });
export type LinkUri = z.infer<typeof linkUriSchema>;

/** The origin or destination of an association, possibly outside CASE (LinkGenURI: any identifier). */
const linkGenUriSchema = z.object({ title: z.string(), identifier: z.string().min(1), uri });

/** The framework document. */
export const cfDocumentSchema = z.object({
  identifier: uuid,
  uri,
  creator: z.string(),
  title: z.string().min(1),
  lastChangeDateTime: dateTime,
  description: z.string().optional(),
  publisher: z.string().optional(),
  version: z.string().optional(),
  language: z.string().optional(),
  adoptionStatus: z.string().optional(),
  CFPackageURI: linkUriSchema.optional(),
});
export type CfDocument = z.infer<typeof cfDocumentSchema>;

/** One statement of the framework: here an area or a competency. */
export const cfItemSchema = z.object({
  identifier: uuid,
  uri,
  fullStatement: z.string(),
  abbreviatedStatement: z.string().optional(),
  alternativeLabel: z.string().optional(),
  humanCodingScheme: z.string().optional(),
  CFItemType: z.string().optional(),
  CFItemTypeURI: linkUriSchema.optional(),
  conceptKeywords: z.array(z.string()).nullable().optional(),
  educationLevel: z.array(z.string()).optional(),
  listEnumeration: z.string().optional(),
  notes: z.string().optional(),
  lastChangeDateTime: dateTime,
  CFDocumentURI: linkUriSchema.optional(),
});
export type CfItem = z.infer<typeof cfItemSchema>;

/** A typed link between two nodes; "isChildOf" builds the tree (origin is the child). */
export const cfAssociationSchema = z.object({
  identifier: uuid,
  uri,
  associationType: z.string().min(1),
  sequenceNumber: z.int().optional(),
  originNodeURI: linkGenUriSchema,
  destinationNodeURI: linkGenUriSchema,
  lastChangeDateTime: dateTime,
  CFDocumentURI: linkUriSchema.optional(),
});
export type CfAssociation = z.infer<typeof cfAssociationSchema>;

/** A kind of item (CFDefinitions.CFItemTypes), linked from CFItem.CFItemTypeURI. */
export const cfItemTypeSchema = z.object({
  identifier: z.string().min(1),
  uri,
  title: z.string().min(1),
  description: z.string().optional(),
  hierarchyCode: z.string(),
  typeCode: z.string().optional(),
  lastChangeDateTime: dateTime,
});
export type CfItemType = z.infer<typeof cfItemTypeSchema>;

/** One level of a rubric criterion: here a competency's descriptor at one level of the scale. */
export const cfRubricCriterionLevelSchema = z.object({
  identifier: uuid,
  uri,
  description: z.string().optional(),
  quality: z.string().optional(),
  score: z.number().optional(),
  position: z.int().optional(),
  rubricCriterionId: uuid.optional(),
  lastChangeDateTime: dateTime,
});
export type CfRubricCriterionLevel = z.infer<typeof cfRubricCriterionLevelSchema>;

/** One criterion of a rubric, assessing the item its CFItemURI links to: here a competency. */
export const cfRubricCriterionSchema = z.object({
  identifier: uuid,
  uri,
  category: z.string().optional(),
  CFItemURI: linkUriSchema.optional(),
  position: z.int().optional(),
  rubricId: uuid.optional(),
  lastChangeDateTime: dateTime,
  CFRubricCriterionLevels: z.array(cfRubricCriterionLevelSchema).optional(),
});
export type CfRubricCriterion = z.infer<typeof cfRubricCriterionSchema>;

/** A rubric: here the proficiency scale applied to every competency. */
export const cfRubricSchema = z.object({
  identifier: uuid,
  uri,
  title: z.string().optional(),
  description: z.string().optional(),
  lastChangeDateTime: dateTime,
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
