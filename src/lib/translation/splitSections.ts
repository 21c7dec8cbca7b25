import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString as textOf } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/** The key of the text before a module's first heading. */
export const INTRO_SECTION = '_intro';

/** The source text of one part of a module body: `key` is the heading's anchor, or `_intro`. */
export interface BodySection {
  key: string;
  heading: string | null;
  source: string;
}

/**
 * A module body cut at its level-2 and level-3 headings, each part as written (whitespace at line
 * ends ignored), keyed by the anchor Astro gives the heading (github-slugger, as `extractModuleText`).
 * With `withoutLocalNotes`, `<LocalNote>` elements are left out: a note adapts a section, and
 * editing the note must not make the section it adapts look changed.
 */
export function splitSections(body: string, { withoutLocalNotes = false } = {}): BodySection[] {
  const tree = fromMarkdown(body, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  }) as Root;
  const slugger = new GithubSlugger();
  const sections: Array<BodySection & { parts: string[] }> = [
    { key: INTRO_SECTION, heading: null, source: '', parts: [] },
  ];
  const sliceOf = (node: Nodes) => body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const heading = textOf(node);
      const key = slugger.slug(heading);
      if (node.depth <= 3) {
        sections.push({ key, heading, source: '', parts: [sliceOf(node)] });
        continue;
      }
    }
    if (withoutLocalNotes && node.type === 'mdxJsxFlowElement' && node.name === 'LocalNote') continue;
    sections.at(-1)!.parts.push(sliceOf(node));
  }
  return sections
    .map(({ parts, ...section }) => ({
      ...section,
      source: parts
        .join('\n\n')
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n'),
    }))
    .filter((section) => section.key !== INTRO_SECTION || section.source !== '');
}
