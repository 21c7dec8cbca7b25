import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR, folders, TRANSLATIONS_DIR, translationFolders } from './authoring/contentLayout';

/**
 * The content collections: module MDX files and their translations (ids `<locale>/modules/<id>`),
 * so Astro can render their bodies. Everything else the pages show — module front matter included —
 * comes from `readCurriculum` through `src/data/curriculum.ts`, the same reader `npm run check:content`
 * uses; so no schema here, and nothing is read or checked twice.
 */
export const collections = {
  modules: defineCollection({
    loader: glob({ pattern: `*${folders.modules.extension}`, base: `${CONTENT_DIR}/${folders.modules.dir}` }),
  }),
  translations: defineCollection({
    loader: glob({
      pattern: `*/modules/*${translationFolders.modules.extension}`,
      base: `${CONTENT_DIR}/${TRANSLATIONS_DIR}`,
    }),
  }),
};
