import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/** Inline content of a case: text, emphasis, strong, a line break, or a link to an http(s) address. */
export type CaseInline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: CaseInline[] }
  | { type: 'strong'; children: CaseInline[] }
  | { type: 'break' }
  | { type: 'link'; href: string; children: CaseInline[] };

/** A block of a case: a paragraph, or a list whose items hold blocks. */
export type CaseBlock =
  | { type: 'paragraph'; children: CaseInline[] }
  | { type: 'list'; ordered: boolean; start?: number; items: CaseBlock[][] };

/**
 * A case's Markdown (CommonMark, parsed by mdast-util-from-markdown) as the small tree every view
 * shows: paragraphs, emphasis, strong, lists and links to http(s) addresses. Everything else is kept
 * as text, never as markup: raw HTML is its source text, an image its alt text, a link to any other
 * scheme (javascript:, data:, mailto:, a relative path) its text, a heading a paragraph, code its
 * text. The same function renders the server's stored cases, the form's preview and the library.
 */
export function renderCaseMarkdown(markdown: string): CaseBlock[] {
  return blocksOf(fromMarkdown(markdown).children, markdown);
}

/** The address as the browser will read it when it is an http(s) one, else undefined. */
function webAddress(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

function blocksOf(nodes: readonly RootContent[], source: string): CaseBlock[] {
  const blocks: CaseBlock[] = [];
  const paragraph = (children: CaseInline[]) => {
    if (children.length > 0) blocks.push({ type: 'paragraph', children });
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        paragraph(inlinesOf(node.children, source));
        break;
      case 'list':
        blocks.push({
          type: 'list',
          ordered: node.ordered === true,
          ...(node.ordered && node.start !== null && node.start !== undefined && node.start !== 1
            ? { start: node.start }
            : {}),
          items: node.children.map((item) => blocksOf(item.children, source)),
        });
        break;
      case 'blockquote':
        blocks.push(...blocksOf(node.children, source));
        break;
      case 'code':
      case 'html':
        paragraph(textOf(node.value));
        break;
      case 'thematicBreak':
      case 'definition':
        break;
      default:
        // Anything CommonMark adds later is shown as the text it was written as.
        paragraph(textOf(sourceOf(node, source)));
    }
  }
  return blocks;
}

function inlinesOf(nodes: readonly PhrasingContent[], source: string): CaseInline[] {
  const inlines: CaseInline[] = [];
  const push = (inline: CaseInline) => {
    const last = inlines.at(-1);
    // Neighbouring text (e.g. a raw HTML tag kept as text) reads as one run.
    if (inline.type === 'text' && last?.type === 'text') last.value += inline.value;
    else inlines.push(inline);
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        push({ type: 'text', value: node.value });
        break;
      case 'emphasis':
      case 'strong':
        push({ type: node.type, children: inlinesOf(node.children, source) });
        break;
      case 'break':
        push({ type: 'break' });
        break;
      case 'link': {
        const children = inlinesOf(node.children, source);
        const href = webAddress(node.url);
        // A link with no words is named by its address, so a screen reader has something to say.
        if (href !== undefined)
          push({ type: 'link', href, children: children.length > 0 ? children : [{ type: 'text', value: href }] });
        else for (const child of children) push(child);
        break;
      }
      case 'image':
        if (node.alt) push({ type: 'text', value: node.alt });
        break;
      case 'linkReference':
        for (const child of inlinesOf(node.children, source)) push(child);
        break;
      case 'imageReference':
        if (node.alt) push({ type: 'text', value: node.alt });
        break;
      default:
        push({ type: 'text', value: sourceOf(node, source) });
    }
  }
  return inlines;
}

const textOf = (value: string): CaseInline[] => (value === '' ? [] : [{ type: 'text', value }]);

const sourceOf = (node: Nodes, source: string) =>
  source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
