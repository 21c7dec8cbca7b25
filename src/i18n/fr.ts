import type { Catalogue } from './en';
import messages from './messages/fr.json' with { type: 'json' };

/** The locale the French catalogue is written for: numbers, plurals and dates as in France. */
export const locale = 'fr-FR';

/**
 * Every string of Cohesion's interface in French, kept as data in `messages/fr.json`, with English's ids
 * (a missing id is a type error, an extra one fails catalogues.test.ts). Written for French readers
 * rather than word for word: French typography (no-break spaces before « : ; ? ! », guillemets),
 * "parcours" for the learner's journey and "parcours thématique" for a learning path, "vous" throughout.
 */
export const fr: Catalogue = messages;
