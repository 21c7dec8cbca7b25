import { satteri } from '@astrojs/markdown-satteri';
import { authorMistakesPlugin } from './authorMistakesPlugin';
import { mathsPlugin } from './mathsPlugin';

/**
 * The MDX processor module bodies are compiled with: the build's (astro.config.mjs passes it to
 * `mdx()`) and `check:content`'s, one list of plugins so the two cannot drift. Sätteri parses
 * Markdown natively, so remark/rehype plugins do not apply: its own features (here `math`, which
 * reads `$…$` and `$$…$$`, braces included, as maths) and mdast/hast plugins take their place.
 */
export function moduleMdxProcessor() {
  return satteri({ features: { math: true }, mdastPlugins: [authorMistakesPlugin], hastPlugins: [mathsPlugin] });
}
