import type { z } from 'zod';
import { casePatternsSchema } from '../lib/cases/casePatternsSchema';
import { assessmentBankSchema } from '../lib/curriculum/assessmentBankSchema';
import { calloutVocabularySchema } from '../lib/curriculum/calloutVocabularySchema';
import { competencySchema } from '../lib/curriculum/competencySchema';
import { engagementModelSchema } from '../lib/curriculum/engagementModelSchema';
import { frameworkSchema } from '../lib/curriculum/frameworkSchema';
import { jobFunctionListSchema } from '../lib/curriculum/jobFunctionSchema';
import { moduleSchema } from '../lib/curriculum/moduleSchema';
import { pathSchema } from '../lib/curriculum/pathSchema';
import { regionSchema } from '../lib/curriculum/regionSchema';
import { scaleLevelSchema } from '../lib/curriculum/scaleLevelSchema';
import { synonymsSchema } from '../lib/curriculum/synonymsSchema';
import { siteSchema } from '../lib/site/siteSchema';
import { assessmentTranslationSchema } from '../lib/translation/assessmentTranslationSchema';
import { competencyTranslationSchema } from '../lib/translation/competencyTranslationSchema';
import { moduleTranslationSchema } from '../lib/translation/moduleTranslationSchema';
import { pathTranslationSchema } from '../lib/translation/pathTranslationSchema';
import { regionTranslationSchema } from '../lib/translation/regionTranslationSchema';
import { scaleLevelTranslationSchema } from '../lib/translation/scaleLevelTranslationSchema';
import type { TranslatableKind } from '../lib/translation/translationEntry';

/**
 * The curriculum folder, relative to the project root: `content/` unless COHESION_CONTENT_DIR
 * names another (tests and benchmarks build other curricula this way).
 *
 * Where each part of the curriculum lives under `content/` and which schema it follows, for
 * `readCurriculum` (the checker, the CLIs and the build).
 */
export const CONTENT_DIR = process.env.COHESION_CONTENT_DIR || 'content';

/** Single files holding one object. */
export const singleFiles = {
  framework: { file: 'framework.yaml', schema: frameworkSchema },
} satisfies Record<string, { file: string; schema: z.ZodType }>;

/** Optional single files: a curriculum without one works, with that feature left plain. */
export const optionalFiles = {
  synonyms: { file: 'synonyms.yaml', schema: synonymsSchema },
  site: { file: 'site.yaml', schema: siteSchema },
  callouts: { file: 'callouts.yaml', schema: calloutVocabularySchema },
  functions: { file: 'functions.yaml', schema: jobFunctionListSchema },
  casePatterns: { file: 'case-patterns.yaml', schema: casePatternsSchema },
} satisfies Record<string, { file: string; schema: z.ZodType }>;

/** Lists of entries with their own `id` field, one file each. */
export const listFiles = {
  scale: { file: 'scale.yaml', schema: scaleLevelSchema },
  regions: { file: 'regions.yaml', schema: regionSchema },
} satisfies Record<string, { file: string; schema: z.ZodType }>;

/** Folders of files, one entry per file, the id being the file name. */
export const folders = {
  models: { dir: 'engagement-models', extension: '.yaml', schema: engagementModelSchema },
  competencies: { dir: 'competencies', extension: '.yaml', schema: competencySchema },
  modules: { dir: 'modules', extension: '.mdx', schema: moduleSchema },
  paths: { dir: 'paths', extension: '.yaml', schema: pathSchema },
  assessment: { dir: 'assessment', extension: '.yaml', schema: assessmentBankSchema },
} satisfies Record<string, { dir: string; extension: string; schema: z.ZodType }>;

/** Where translations live: `translations/<locale>/<kind>/<id><extension>`. */
export const TRANSLATIONS_DIR = 'translations';

/** The overlay schema each translatable kind of entry is checked against. */
const translationSchemas = {
  modules: moduleTranslationSchema,
  competencies: competencyTranslationSchema,
  paths: pathTranslationSchema,
  scale: scaleLevelTranslationSchema,
  regions: regionTranslationSchema,
  assessment: assessmentTranslationSchema,
} satisfies Record<TranslatableKind, z.ZodType>;

/** Each translatable kind's folder: a translation has its source's file type (MDX for modules, YAML for the rest) and its overlay schema. */
export const translationFolders = Object.fromEntries(
  Object.entries(translationSchemas).map(([kind, schema]) => [
    kind,
    { extension: kind === 'modules' ? folders.modules.extension : '.yaml', schema },
  ]),
) as { [K in TranslatableKind]: { extension: string; schema: (typeof translationSchemas)[K] } };
