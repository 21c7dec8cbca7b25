import { type Catalogue, en, locale, type MessageId } from '../i18n/en';
import { createTranslator, type Translate } from '../lib/i18n/createTranslator';
import { fillTerms } from '../lib/i18n/fillTerms';
import type { Message } from '../lib/i18n/formatMessage';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { siteTerms } from '../lib/i18n/siteTerms';
import { defaultSite } from '../lib/site/defaultSite';
import type { NavSection, Site } from '../lib/site/siteSchema';
import { getCatalog } from './curriculum';

/** What every page needs to speak in the site's words. */
export interface SiteData {
  site: Site;
  locale: string;
  /** The message `id` in the site's words. */
  t: Translate<MessageId>;
  /** Only the messages `ids`, for an island's props: the browser never gets the whole catalogue. */
  messagesFor: <Id extends MessageId>(ids: readonly Id[]) => IslandMessages<Id>;
  /** The sections the navigation shows: those site.yaml lists that the curriculum has something for. */
  navigation: NavSection[];
  hasModel: boolean;
}

const catalogue: Catalogue = en;

/** The site's identity (content/site.yaml, or neutral defaults) and its message catalogue. */
export async function getSite(): Promise<SiteData> {
  const { curriculum } = await getCatalog();
  const site = curriculum.site ?? defaultSite;
  const hasModel = curriculum.models.length > 0;
  const terms = siteTerms(site, locale);
  return {
    site,
    locale,
    t: createTranslator(locale, catalogue, terms),
    messagesFor: (ids) => ({
      locale,
      messages: Object.fromEntries(ids.map((id) => [id, fillTerms(locale, catalogue[id], terms)])) as Record<
        (typeof ids)[number],
        Message
      >,
    }),
    navigation: site.navigation.filter((section) => section !== 'model' || hasModel),
    hasModel,
  };
}
