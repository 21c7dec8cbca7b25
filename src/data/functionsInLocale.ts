import { catalogInLocale } from './translations';

/**
 * The job functions learners state (`content/functions.yaml`), each named in `locale` where the
 * file gives a translation (they carry theirs inline), else in the source language; undefined when
 * none are listed.
 */
export async function functionsInLocale(locale: string | undefined) {
  const { curriculum: source } = await catalogInLocale(undefined);
  return source.functions?.map(({ id, name, translations }) => ({
    id,
    name: (locale && translations?.[locale as keyof typeof translations]) || name,
  }));
}
