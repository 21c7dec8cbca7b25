import type { Message } from '../lib/i18n/formatMessage';
import messages from './messages/en.json' with { type: 'json' };

/** The locale the English catalogue is written for: British spelling, as the curriculum is. */
export const locale = 'en-GB';

/**
 * Every string of Cohesion's pages, components and islands, in English, keyed by message id
 * (`<page or island>.<what>`), kept as data in `messages/en.json`. `{name}` is filled in by the caller;
 * the site's own words come from content/site.yaml as `{site}`, `{model}`, `{region}`, `{regions}`,
 * `{archetype}`, `{leads}` (capitalised: `{Model}`…). A second locale is one more file with the same ids
 * (`Catalogue`).
 */
export const en = messages satisfies Record<string, Message>;

/** The id of a message of the catalogue. */
export type MessageId = keyof typeof en;

/** A whole catalogue: one message for every id, in one locale. */
export type Catalogue = Record<MessageId, Message>;
