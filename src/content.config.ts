import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { CONTENT_DIR, folders, listFiles, optionalFiles, singleFiles } from './authoring/contentLayout';

const list = (name: string) => file(`${CONTENT_DIR}/${name}`);
// A file holding one object: the loader would read its top-level keys as entries, so wrap it as the one entry.
const single = (name: string, id: string) => file(`${CONTENT_DIR}/${name}`, { parser: (text) => ({ [id]: parse(text) }) });
// An optional file read as one entry "all" ({ sets }); no file, no entry (Astro's file loader would log an error).
const optional = (name: string) => {
  const loader = file(`${CONTENT_DIR}/${name}`, { parser: (text) => ({ all: { sets: parse(text) ?? [] } }) });
  return { ...loader, load: async (context: Parameters<typeof loader.load>[0]) => (existsSync(`${CONTENT_DIR}/${name}`) ? loader.load(context) : context.store.clear()) };
};
const folder = ({ dir, extension }: { dir: string; extension: string }) =>
  glob({ pattern: `*${extension}`, base: `${CONTENT_DIR}/${dir}` });

/**
 * The curriculum collections. Schemas live in src/lib/curriculum (the schema is the type); the
 * layout of content/ in src/authoring/contentLayout.ts, shared with `npm run check:content`.
 */
export const collections = {
  framework: defineCollection({ loader: single(singleFiles.framework.file, 'framework'), schema: singleFiles.framework.schema }),
  scale: defineCollection({ loader: list(listFiles.scale.file), schema: listFiles.scale.schema }),
  regions: defineCollection({ loader: list(listFiles.regions.file), schema: listFiles.regions.schema }),
  models: defineCollection({ loader: folder(folders.models), schema: folders.models.schema }),
  competencies: defineCollection({ loader: folder(folders.competencies), schema: folders.competencies.schema }),
  modules: defineCollection({ loader: folder(folders.modules), schema: folders.modules.schema }),
  paths: defineCollection({ loader: folder(folders.paths), schema: folders.paths.schema }),
  synonyms: defineCollection({ loader: optional(optionalFiles.synonyms.file), schema: z.object({ sets: optionalFiles.synonyms.schema }) }),
  assessment: defineCollection({ loader: folder(folders.assessment), schema: folders.assessment.schema }),
};
