import { formatMessage, type Message } from './formatMessage';

/**
 * The message with the site's words written in and every other placeholder left for the island
 * to fill: what a page hands an island, so the browser needs neither the site file nor the whole catalogue.
 */
export function fillTerms(locale: string, message: Message, terms: Readonly<Record<string, string>>): Message {
  if (typeof message === 'string') return formatMessage(locale, message, terms);
  return Object.fromEntries(
    Object.entries(message).map(([form, text]) => [form, formatMessage(locale, text!, terms)]),
  ) as Message;
}
