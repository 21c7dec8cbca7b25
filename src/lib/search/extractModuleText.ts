import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';

/** A part of a module's text under one heading; `anchor` is the heading's id on the module page. */
export interface TextSection {
  heading: string | null;
  anchor: string | null;
  text: string;
}

/** JSX elements whose text is not the learner's prose: checks (indexed from front matter), facilitator notes, solutions. */
const SKIPPED_ELEMENTS = new Set(['KnowledgeCheck', 'FacilitatorNote', 'Solution']);
/** Attributes whose values learners read (a scenario's title), so search should see them. */
const READ_ATTRIBUTES = new Set(['title']);

/**
 * The words of an MDX body, split into sections at level-2 and level-3 headings: what search
 * indexes and shows as passages. Imports, expressions, display formulas and markup are dropped; the text inside
 * components (scenarios, notes, callouts) is kept. Anchors are the ids Astro gives the headings
 * (github-slugger, per document), so a result can link straight to its section.
 */
export function extractModuleText(body: string): TextSection[] {
  // Sätteri's native parser, with the features the build compiles bodies with (moduleMdxProcessor): the
  // tree the page is rendered from, parsed about 30 times faster than micromark's. No positions are read.
  const tree = mdxToMdast(body, { features: { math: true }, position: false }) as Root;
  const slugger = new GithubSlugger();
  const sections: TextSection[] = [{ heading: null, anchor: null, text: '' }];
  const append = (text: string) => {
    const current = sections[sections.length - 1]!;
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) current.text = current.text ? `${current.text} ${clean}` : clean;
  };

  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'html':
      case 'math':
        return;
      case 'heading': {
        const heading = textOf(node);
        const anchor = slugger.slug(heading);
        if (node.depth <= 3) sections.push({ heading, anchor, text: '' });
        else append(heading);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (node.name && SKIPPED_ELEMENTS.has(node.name)) return;
        for (const attribute of node.attributes) {
          if (
            attribute.type === 'mdxJsxAttribute' &&
            READ_ATTRIBUTES.has(attribute.name) &&
            typeof attribute.value === 'string'
          )
            append(attribute.value);
        }
        for (const child of node.children) visit(child as Nodes);
        return;
      }
      case 'paragraph':
      case 'tableCell':
      case 'code':
        append(textOf(node));
        return;
      default:
        if ('children' in node) (node.children as Nodes[]).forEach(visit);
        else if ('value' in node) append(String(node.value));
    }
  };
  (tree as Root).children.forEach(visit);
  return sections.filter((s) => s.text || s.heading);
}
