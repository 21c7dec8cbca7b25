import { catalogues } from '../i18n/catalogues';
import type { MessageId } from '../i18n/en';
import type { Catalog } from '../lib/curriculum/createCatalog';
import { createTranslator, type Translate } from '../lib/i18n/createTranslator';
import { fillTerms } from '../lib/i18n/fillTerms';
import type { Message } from '../lib/i18n/formatMessage';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { siteTerms } from '../lib/i18n/siteTerms';
import { defaultSite } from '../lib/site/defaultSite';
import { localePath, sourcePath } from '../lib/site/localePath';
import { siteIn } from '../lib/site/siteIn';
import type { NavSection, Site, UiLocale } from '../lib/site/siteSchema';
import { getCatalog } from './curriculum';

/** The same page in another locale, for the language switcher and the `hreflang` alternates. */
export interface Alternate {
  lang: UiLocale;
  href: string;
  /** The language's name in itself ("English", "Français"). */
  name: string;
}

/** What every page needs to speak in the site's words, in its locale. */
export interface SiteData {
  /** The site as it reads in this locale. */
  site: Site;
  /** The `Intl` locale of the catalogue (e.g. "en-GB"): `<html lang>`, numbers, plurals, dates. */
  locale: string;
  /** The UI locale as site.yaml and the addresses name it (e.g. "fr"). */
  lang: UiLocale;
  /** The message `id` in the site's words. */
  t: Translate<MessageId>;
  /** Only the messages `ids`, for an island's props: the browser never gets the whole catalogue. */
  messagesFor: <Id extends MessageId>(ids: readonly Id[]) => IslandMessages<Id>;
  /** The address of a default-locale page (e.g. "/modules/x/") in this locale. */
  path: (href: string) => string;
  /** The page at `pathname` (an address in any locale) in every locale the site is served in. */
  alternates: (pathname: string) => Alternate[];
  /** The sections the navigation shows: those site.yaml lists that the curriculum has something for. */
  navigation: NavSection[];
  hasModel: boolean;
}

/** The locales the site is served in, the default first (site.yaml `locales`). */
export async function getLocales(): Promise<UiLocale[]> {
  const { curriculum } = await getCatalog();
  return (curriculum.site ?? defaultSite).locales;
}

/**
 * `getStaticPaths` for a page served in every locale: `locale` undefined for the default locale's
 * unprefixed address, the locale's code for the others. `paths` are the page's own, crossed with them.
 */
export async function localeStaticPaths<P extends { params: Record<string, string | undefined>; props?: unknown }>(
  paths: P[] = [{ params: {} } as P],
): Promise<Array<P & { params: P['params'] & { locale: string | undefined } }>> {
  const [, ...others] = await getLocales();
  return [undefined, ...others].flatMap((locale) =>
    paths.map((path) => ({ ...path, params: { ...path.params, locale } })),
  );
}

/**
 * The site's identity (content/site.yaml, or neutral defaults) and its message catalogue in `lang`
 * (a page's `Astro.currentLocale`); the default locale when it is missing or not one the site is served in.
 */
export async function getSite(lang?: string): Promise<SiteData> {
  const catalog = await getCatalog();
  const source = catalog.curriculum.site ?? defaultSite;
  const current = source.locales.find((l) => l === lang) ?? source.locales[0]!;
  // Every page calls this dozens of times (1,000 modules: about 60,000 calls): made once per curriculum and locale.
  const byLocale = sites.get(catalog) ?? new Map<UiLocale, SiteData>();
  sites.set(catalog, byLocale);
  let data = byLocale.get(current);
  if (!data) {
    data = siteData(catalog, current);
    byLocale.set(current, data);
  }
  return data;
}

const sites = new WeakMap<Catalog, Map<UiLocale, SiteData>>();

/** The site data of a curriculum in one of its locales. */
function siteData({ curriculum }: Catalog, current: UiLocale): SiteData {
  const source = curriculum.site ?? defaultSite;
  const locales = source.locales;
  const defaultLocale = locales[0]!;
  const site = siteIn(source, current);
  const { intlLocale: locale, messages: catalogue } = catalogues[current];
  const hasModel = curriculum.models.length > 0;
  const terms = siteTerms(site, locale);
  const languages = locales.map((l) => ({ lang: l, name: languageName(l) }));
  return {
    site,
    locale,
    lang: current,
    t: createTranslator(locale, catalogue, terms),
    messagesFor: (ids) => ({
      locale,
      base: localePath('/', current, defaultLocale),
      messages: Object.fromEntries(ids.map((id) => [id, fillTerms(locale, catalogue[id], terms)])) as Record<
        (typeof ids)[number],
        Message
      >,
    }),
    path: (href) => localePath(href, current, defaultLocale),
    alternates: (pathname) =>
      languages.map(({ lang, name }) => ({
        lang,
        href: localePath(sourcePath(pathname, locales), lang, defaultLocale),
        name,
      })),
    navigation: site.navigation.filter((section) => section !== 'model' || hasModel),
    hasModel,
  };
}

/** A language's name as its speakers write it, capitalised for a menu: "English", "Français". */
function languageName(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
