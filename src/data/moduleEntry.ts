import { getEntry } from 'astro:content';

/** The module's content collection entry, for rendering its MDX body; its data comes from `getCatalog`. */
export async function getModuleEntry(id: string) {
  const entry = await getEntry('modules', id);
  if (!entry) throw new Error(`No module "${id}" in content/modules/.`);
  return entry;
}
