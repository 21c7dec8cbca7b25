/**
 * The address of the page at `path` (an address of the default locale, e.g. "/modules/x/") in
 * `locale`: unchanged in the default locale, under "/<locale>" in the others.
 */
export function localePath(path: string, locale: string, defaultLocale: string): string {
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** The address of the default locale's page for an address of any locale: the inverse of {@link localePath}. */
export function sourcePath(path: string, locales: readonly string[]): string {
  const first = path.split('/')[1] ?? '';
  return locales.slice(1).includes(first) ? path.slice(first.length + 1) || '/' : path;
}
