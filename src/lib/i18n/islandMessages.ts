import type { Message } from './formatMessage';

/** The messages an island needs, with the site's words already in, and the locale to format them in. */
export interface IslandMessages<Id extends string> {
  locale: string;
  /** Where the site's pages in this locale start ("/" or "/fr/"): an island's links go under it. */
  base: string;
  messages: Record<Id, Message>;
}

/** An island's props: the messages it lists (`ids`, its `fooMessages` array) and its own props. */
export type IslandProps<Ids extends readonly string[], Own = object> = { i18n: IslandMessages<Ids[number]> } & Own;
