import type { UiLocale } from '../lib/site/siteSchema';
import { type Catalogue, en, locale as enLocale } from './en';
import { fr, locale as frLocale } from './fr';

/** Every UI locale's catalogue and the `Intl` locale its numbers, plurals and dates are written in. */
export const catalogues: Record<UiLocale, { intlLocale: string; messages: Catalogue }> = {
  en: { intlLocale: enLocale, messages: en },
  fr: { intlLocale: frLocale, messages: fr },
};
