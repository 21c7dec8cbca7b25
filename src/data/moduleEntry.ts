import { getEntry } from 'astro:content';

/** The module's content collection entry, for rendering its MDX body; its data comes from `getCatalog`. */
export async function getModuleEntry(id: string) {
  const entry = await getEntry('modules', id);
  if (!entry) throw new Error(`No module "${id}" in content/modules/.`);
  return entry;
}

/**
 * The module's entry as learners in `locale` read it. Until translations are connected, every
 * locale reads the source module: this is the one place a translation overlay plugs in.
 */
export async function moduleForLocale(id: string, _locale: string) {
  return getModuleEntry(id);
}
