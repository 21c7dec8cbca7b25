import { z } from 'zod';
import { caseIdentifierSchema } from './caseIdentifierSchema';
import {
  caseKeptItemTypeSchema,
  caseKeptLinkAssociationSchema,
  caseKeptRubricSchema,
  caseKeptSchema,
  caseLinkSchema,
} from './caseKeptSchema';
import { idSchema } from './idSchema';

/** One area of the competency framework; competencies name it with `area: <id>`. */
export const frameworkAreaSchema = z.strictObject({
  id: idSchema.describe('Short id competencies refer to with "area: …", e.g. "mindset"'),
  title: z.string().min(1).describe('Heading shown on the competency and module pages, e.g. "Mindset"'),
  // Short or missing descriptions are a TODO warning of the content check, not a schema error.
  description: z.string().optional().describe('What the area groups together, in a sentence or two'),
  parent: idSchema.optional().describe('Id of the area this one sits in (imported frameworks with more levels)'),
  caseIdentifier: caseIdentifierSchema
    .optional()
    .describe('The CASE identifier an imported framework gave this area; derived from the id when absent'),
  case: caseKeptSchema.optional().describe('CASE fields kept from an imported framework'),
});
export type FrameworkArea = z.infer<typeof frameworkAreaSchema>;

/** How the framework is exchanged as a 1EdTech CASE document (`npm run case:export`). */
export const frameworkCaseSchema = z.strictObject({
  identifier: caseIdentifierSchema.describe(
    'The CASE document identifier, a UUID of your own (run "uuidgen"); every other CASE identifier is derived from it',
  ),
  uriBase: z
    .string()
    .min(1)
    .optional()
    .describe('Each CASE object\'s uri is this prefix plus its identifier; "urn:uuid:" when absent'),
  creator: z.string().min(1).describe('Who owns the framework, e.g. "Strategic Account Management COE"'),
  publisher: z.string().min(1).optional(),
  version: z.string().min(1).optional(),
  language: z.string().min(2).optional().describe('Language tag of the texts, e.g. "en"'),
  adoptionStatus: z.string().min(1).optional().describe('e.g. "Draft" or "Adopted"'),
  uri: z.string().min(1).optional().describe("The document's own uri, when it is not uriBase + identifier"),
  packageUri: caseLinkSchema.optional().describe('CFPackageURI as the source package wrote it'),
  itemTypes: z.array(caseKeptItemTypeSchema).optional().describe('CFItemTypes an imported framework defined'),
  associations: z
    .array(caseKeptLinkAssociationSchema)
    .optional()
    .describe('Associations other than the isChildOf tree (isRelatedTo, precedes …), kept from an import'),
  rubrics: z
    .array(caseKeptRubricSchema)
    .optional()
    .describe("An imported framework's own CFRubrics, written back by the export with the competencies' descriptors"),
  lastChangeDateTime: z.iso
    .datetime({
      offset: true,
      local: true,
      error: 'must be a date and time such as "2026-11-23T09:00:00Z" (in quotes)',
    })
    .describe(
      'When the framework last changed, written by hand so exports do not change from run to run; update it when you change areas or competencies',
    ),
});
export type FrameworkCase = z.infer<typeof frameworkCaseSchema>;

/** The competency framework itself (`content/framework.yaml`): its name and its areas, in display order. */
export const frameworkSchema = z.strictObject({
  name: z.string().min(1).describe("The framework's name"),
  description: z.string().describe('What the framework describes, in one or two sentences'),
  areas: z
    .array(frameworkAreaSchema)
    .min(1, { error: 'list at least one area' })
    .describe('The areas competencies belong to, in the order pages show them'),
  case: frameworkCaseSchema
    .optional()
    .describe('CASE metadata for npm run case:export; written by npm run case:import'),
});
export type Framework = z.infer<typeof frameworkSchema>;
