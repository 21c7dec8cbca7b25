import { satteri } from '@astrojs/markdown-satteri';
import { authorMistakesPlugin } from './authorMistakesPlugin';

/**
 * The MDX processor module bodies are compiled with: the build's (astro.config.mjs passes it to
 * `mdx()`) and `check:content`'s, one list of plugins so the two cannot drift.
 */
export function moduleMdxProcessor() {
  return satteri({ mdastPlugins: [authorMistakesPlugin] });
}
