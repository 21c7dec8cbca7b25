import type { Catalogue } from './en';
import { en } from './en';

/** The locale the French catalogue is written for. */
export const locale = 'fr-FR';

/** PLACEHOLDER */
export const fr: Catalogue = en;
