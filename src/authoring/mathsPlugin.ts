import type { ElementContent } from 'hast';
import { type HastNode, type HastPluginDefinition, htmlToHast } from 'satteri';
import { renderMaths } from './renderMaths';

const classes = (node: HastNode) =>
  node.type === 'element' && Array.isArray(node.properties?.className) ? node.properties.className : [];

/** The formula typeset as MathML, as hast; malformed formulas were reported before (authorMistakesPlugin). */
function typeset(tex: string, display: boolean): ElementContent {
  const asCode: ElementContent = {
    type: 'element',
    tagName: 'code',
    properties: {},
    children: [{ type: 'text', value: tex }],
  };
  let html: string;
  try {
    // HTML puts <math> in the MathML namespace by itself; the parser would keep xmlns as an odd attribute.
    html = renderMaths(tex, display).replace(/^<math xmlns="[^"]*"/, '<math');
  } catch {
    return asCode;
  }
  const tree = htmlToHast(html, { fragment: true });
  return 'children' in tree && tree.children[0] ? (tree.children[0] as ElementContent) : asCode;
}

/**
 * Typesets the maths the parser found (`$…$` → `<code class="math-inline">`, `$$…$$` →
 * `<pre><code class="math-display">`) as MathML at build time. A display formula sits in a box of
 * its own that scrolls sideways when the formula is wider than the text, and can be scrolled by keyboard.
 */
export const mathsPlugin: HastPluginDefinition = {
  name: 'cohesion:maths',
  element: {
    filter: ['code', 'pre'],
    visit(node, ctx) {
      if (node.tagName === 'code' && classes(node).includes('math-inline'))
        return typeset(ctx.textContent(node), false);
      const code = node.tagName === 'pre' ? node.children.find((c) => classes(c).includes('math-display')) : undefined;
      if (!code) return undefined;
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['maths-display'], tabIndex: 0 },
        children: [typeset(ctx.textContent(code), true)],
      };
    },
  },
};
