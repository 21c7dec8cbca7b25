import { formatMessage, type Message, type MessageParams } from './formatMessage';

/** Formats the message `id` with `params`: what pages and islands call `t`. */
export type Translate<Id extends string> = (id: Id, params?: MessageParams) => string;

/**
 * A translator over `messages` (a whole catalogue or the part an island was given) in `locale`,
 * with `terms` (the site's words) filled in wherever a message names them.
 */
export function createTranslator<Id extends string>(
  locale: string,
  messages: Readonly<Record<Id, Message>>,
  terms: Readonly<Record<string, string>> = {},
): Translate<Id> {
  return (id, params) => formatMessage(locale, messages[id], { ...terms, ...params });
}
