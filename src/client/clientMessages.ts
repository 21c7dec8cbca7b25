import type { MessageId } from '../i18n/en';
import { createTranslator, type Translate } from '../lib/i18n/createTranslator';
import type { Message } from '../lib/i18n/formatMessage';
import type { IslandMessages } from '../lib/i18n/islandMessages';

/** The messages the page handed its client scripts (`<ClientMessages ids>` blocks), as written, with the page's locale. */
export function clientCatalogue(root: ParentNode = document): { locale: string; messages: Record<MessageId, Message> } {
  const blocks = [...root.querySelectorAll<HTMLScriptElement>('script[data-client-messages]')].map(
    (block) => JSON.parse(block.textContent ?? '{}') as IslandMessages<MessageId>,
  );
  const messages = Object.assign({}, ...blocks.map((b) => b.messages)) as Record<MessageId, Message>;
  return { locale: blocks[0]?.locale ?? document.documentElement.lang, messages };
}

/**
 * A translator over the messages the page handed its client scripts (`<ClientMessages ids>`
 * blocks), in the page's locale: a script formats what it shows with it, never with English of its own.
 */
export function clientMessages(root: ParentNode = document): Translate<MessageId> {
  const { locale, messages } = clientCatalogue(root);
  return createTranslator(locale, messages);
}

/** A message's text with DOM nodes (links) in place of the placeholders `nodes` names: `{link}` → an <a>. */
export function withNodes(text: string, nodes: Record<string, Node>): Array<string | Node> {
  return text.split(/(\{\w+\})/).flatMap((part): Array<string | Node> => {
    const node = nodes[part.slice(1, -1)];
    return node && /^\{\w+\}$/.test(part) ? [node] : part ? [part] : [];
  });
}
