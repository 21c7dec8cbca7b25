import { getCollection, getEntry } from 'astro:content';
import { CONTENT_DIR, listFiles, singleFiles } from '../authoring/contentLayout';
import type { Curriculum } from '../lib/curriculum/curriculum';
import { createCatalog, type Catalog } from '../lib/curriculum/createCatalog';

let cached: Promise<Catalog> | undefined;

/**
 * The curriculum from Astro's content collections, turned into the plain domain object that
 * `src/lib` works on, with its lookups. Loaded once per build; the only caller of getCollection.
 */
export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

const file = (entry: { filePath?: string | undefined }) => entry.filePath ?? '';

async function load(): Promise<Catalog> {
  const [framework, scale, regions, models, competencies, modules, paths, assessment, synonyms] = await Promise.all([
    getEntry('framework', 'framework'),
    getCollection('scale'),
    getCollection('regions'),
    getCollection('models'),
    getCollection('competencies'),
    getCollection('modules'),
    getCollection('paths'),
    getCollection('assessment'),
    getEntry('synonyms', 'all'),
  ]);
  // The content check runs before the build, so a missing framework file never gets this far.
  if (!framework) throw new Error(`No ${CONTENT_DIR}/${singleFiles.framework.file}.`);
  const curriculum: Curriculum = {
    framework: { ...framework.data, file: `${CONTENT_DIR}/${singleFiles.framework.file}` },
    scale: scale.map((e) => ({ ...e.data, id: e.id, file: `${CONTENT_DIR}/${listFiles.scale.file}` })).sort((a, b) => a.level - b.level),
    // Global first, then the archetypes and regions by name.
    regions: regions
      .map((e) => ({ ...e.data, id: e.id, file: `${CONTENT_DIR}/${listFiles.regions.file}` }))
      .sort((a, b) => Number(b.kind === 'global') - Number(a.kind === 'global') || a.name.localeCompare(b.name)),
    models: models.map((e) => ({ ...e.data, id: e.id, file: file(e) })),
    competencies: competencies.map((e) => ({ ...e.data, id: e.id, file: file(e) })).sort((a, b) => a.name.localeCompare(b.name)),
    modules: modules.map((e) => ({ ...e.data, id: e.id, file: file(e), body: e.body ?? '' })).sort((a, b) => a.title.localeCompare(b.title)),
    paths: paths.map((e) => ({ ...e.data, id: e.id, file: file(e) })),
    assessment: assessment.map((e) => ({ ...e.data, id: e.id, file: file(e) })),
    synonyms: synonyms?.data.sets ?? [],
  };
  return createCatalog(curriculum);
}

/** The module collection entry, for rendering its MDX body. */
export async function getModuleEntry(id: string) {
  const entry = await getEntry('modules', id);
  if (!entry) throw new Error(`No module "${id}" in content/modules/.`);
  return entry;
}
