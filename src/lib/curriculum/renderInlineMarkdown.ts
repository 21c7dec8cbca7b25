import { micromark } from 'micromark';

const ONE_PARAGRAPH = /^<p>((?:(?!<\/?p>)[\s\S])*)<\/p>$/;

/**
 * Author text (a check's stem, option, feedback or model answer) as HTML, at build time: inline
 * Markdown (`code`, *emphasis*, **strong**, [links](…)) with raw HTML escaped and unsafe link
 * protocols dropped. One paragraph comes back without its `<p>`, so it fits in a label or legend.
 */
export function renderInlineMarkdown(text: string): string {
  const html = micromark(text.trim());
  return ONE_PARAGRAPH.exec(html)?.[1] ?? html;
}
