import { micromark } from 'micromark';

const ONE_PARAGRAPH = /^<p>((?:(?!<\/?p>)[\s\S])*)<\/p>$/;

/**
 * Author text (a check's stem, option, feedback or model answer) as HTML, at build time: inline
 * Markdown (`code`, *emphasis*, **strong**, [links](…)) with raw HTML escaped and unsafe link
 * protocols dropped. One paragraph comes back without its `<p>`, so it fits in a label or legend.
 */
export const renderInlineMarkdown = inlineMarkdownRenderer(micromark);

// Bounds what a long `astro dev` session keeps as authors edit; far above a curriculum's distinct texts.
const MAX_REMEMBERED = 50_000;

/**
 * A renderInlineMarkdown over `parse` that parses each text once: a build renders each check's text
 * on the module page and in its answer key (checks.json).
 */
export function inlineMarkdownRenderer(parse: (markdown: string) => string): (text: string) => string {
  const rendered = new Map<string, string>();
  return (text) => {
    let html = rendered.get(text);
    if (html === undefined) {
      const full = parse(text.trim());
      html = ONE_PARAGRAPH.exec(full)?.[1] ?? full;
      if (rendered.size >= MAX_REMEMBERED) rendered.clear();
      rendered.set(text, html);
    }
    return html;
  };
}
