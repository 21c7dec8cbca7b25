import { existsSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { AUTHOR_COMPONENTS } from '../lib/curriculum/authorComponents';
import { didYouMean } from '../lib/curriculum/suggestId';
import { downloadUrl, FILES_DIR } from './downloadUrl';
import type { BodyProblem } from './explainMdxError';
import { mathsProblem } from './renderMaths';

/** Thrown when a module body has author mistakes: each with its file line, what is wrong and the fix. */
export class ModuleBodyError extends Error {
  /** Where the first problem is: Astro's MDX plugin reads these for its error overlay and build log. */
  readonly line: number;
  readonly column: number;

  constructor(readonly problems: BodyProblem[]) {
    const text = (p: BodyProblem) => `${p.message} → ${p.hint}`;
    const [first, ...others] = problems as [BodyProblem, ...BodyProblem[]];
    super([text(first), ...others.map((p) => `line ${p.line}: ${text(p)}`)].join('\n'));
    this.name = 'ModuleBodyError';
    this.line = first.line ?? 1;
    this.column = first.column ?? 1;
  }
}

/** The alt text that marks an image as decorative: `![decorative](../files/divider.svg)` renders with alt="". */
export const DECORATIVE_ALT = 'decorative';

const MODULE_LINK = /^\/modules\/([^/#?]+)\/?([#?].*)?$/;
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/|#)/i;

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

/**
 * The MDX pipeline's check of what authors write that MDX would accept but the site gets wrong,
 * run by the build and by `check:content` alike: `:::` blocks from other Markdown dialects, formulas
 * KaTeX cannot typeset (`$…$`, `$$…$$`), lower-case component names, links between modules (one form, `/modules/<id>/`, checked
 * by id), and images and downloads (in `content/files/`, existing, with alt text). Downloads are
 * rewritten to their fingerprinted address; decorative images get an empty alt.
 */
export function authorMistakesPlugin(context: PluginFactoryContext): MdastPluginDefinition | undefined {
  if (!context.fileURL || context.sourceFormat !== 'mdx') return undefined;
  const file = fileURLToPath(context.fileURL);
  const moduleDir = dirname(file);
  const contentRoot = dirname(moduleDir);
  const filesDir = resolve(contentRoot, FILES_DIR);
  const shown = (abs: string) => relative(dirname(contentRoot), abs).split(sep).join('/');
  const problems: BodyProblem[] = [];
  const report = (node: Positioned, problem: Omit<BodyProblem, 'line' | 'column'>, lineOffset = 0) =>
    problems.push({
      ...problem,
      line: (node.position?.start.line ?? 1) + lineOffset,
      column: lineOffset ? 1 : node.position?.start.column,
    });
  let moduleIds: string[] | undefined;
  const knownModules = () =>
    (moduleIds ??= readdirSync(moduleDir)
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => n.slice(0, -4)));

  /** A file a module refers to by a relative path: the problem with it, or its absolute path. */
  const localFile = (url: string, what: 'Image' | 'Download'): { abs: string } | { problem: string; hint: string } => {
    const abs = resolve(moduleDir, decodeURI(url.replace(/[?#].*$/, '')));
    const example = `../${FILES_DIR}/${url.split('/').pop()}`;
    if (!abs.startsWith(filesDir + sep))
      return {
        problem: `${what} ${url} is outside ${shown(filesDir)}/.`,
        hint: `Put the file in ${shown(filesDir)}/ and write its path from the module: ${example}.`,
      };
    if (!existsSync(abs))
      return {
        problem: `No file ${shown(abs)}: the ${what.toLowerCase()} ${url} does not exist.`,
        hint: `Add the file to ${shown(filesDir)}/, or fix the path (relative to the module, e.g. ${example}).`,
      };
    return { abs };
  };

  return {
    name: 'cohesion:author-mistakes',
    options: { position: true },
    text(node, ctx) {
      const lines = node.value.split('\n');
      lines.forEach((text, i) => {
        if (/^\s*:::/.test(text) && (i > 0 || ctx.indexOf(node) === 0))
          report(
            node,
            {
              field: 'body',
              message: '`:::` fenced blocks are not MDX: they would show as colons on the page.',
              hint: 'Use a component instead, e.g. <Callout type="note"> … </Callout> (blank lines inside), see AUTHORING.md.',
            },
            i,
          );
      });
    },
    math(node) {
      // The formula starts on the line after the opening `$$`.
      checkMaths(node.value, node, 1);
    },
    inlineMath(node) {
      if (/^[\d.,]+\s|\s$/.test(node.value))
        report(node, {
          field: 'maths',
          message: `\`$${node.value}$\` reads as a formula: two dollar signs in one paragraph start and end maths.`,
          hint: 'For an amount of money, write a backslash before the dollar sign: `\\$5`.',
        });
      else checkMaths(node.value, node, 0);
    },
    mdxJsxFlowElement(node) {
      checkElementName(node.name, node);
    },
    mdxJsxTextElement(node) {
      checkElementName(node.name, node);
    },
    link(node, ctx) {
      const { url } = node;
      const moduleLink = MODULE_LINK.exec(url);
      if (moduleLink) {
        const id = decodeURIComponent(moduleLink[1]!);
        if (!knownModules().includes(id))
          report(node, {
            field: 'link',
            message: `Link to an unknown module "${id}".${didYouMean(id, knownModules())}`,
            hint: `Link to a module by its id (file name without .mdx): /modules/<id>/. Modules: ${shown(moduleDir)}/.`,
          });
        else if (!url.startsWith(`/modules/${moduleLink[1]}/`))
          report(node, {
            field: 'link',
            message: `Links between modules end with a slash: /modules/${id}/.`,
            hint: `Write [${ctx.textContent(node)}](/modules/${id}/).`,
          });
        return;
      }
      if (EXTERNAL.test(url) || url.startsWith('/')) return;
      if (/\.mdx?([#?].*)?$/.test(url)) {
        const id = url
          .replace(/[#?].*$/, '')
          .split('/')
          .pop()!
          .replace(/\.mdx?$/, '');
        report(node, {
          field: 'link',
          message: `Link to a module file (${url}): the site has no such address.`,
          hint: `Link to modules by id: [${ctx.textContent(node)}](/modules/${id}/).`,
        });
        return;
      }
      const target = localFile(url, 'Download');
      if ('problem' in target) report(node, { field: 'link', message: target.problem, hint: target.hint });
      else ctx.setProperty(node, 'url', downloadUrl(target.abs));
    },
    image(node, ctx) {
      const { url } = node;
      if (url.startsWith('/') && !url.startsWith('//'))
        report(node, {
          field: 'image',
          message: `The image ${url} has an absolute path, which the build cannot check or copy.`,
          hint: `Put the file in ${shown(filesDir)}/ and write its path from the module: ../${FILES_DIR}/${url.split('/').pop()}.`,
        });
      else if (EXTERNAL.test(url))
        report(node, {
          field: 'image',
          message: `The image ${url} is on another site, which the pages' security policy blocks.`,
          hint: `Download it into ${shown(filesDir)}/ (if its licence allows) and write ../${FILES_DIR}/<name>.`,
        });
      else {
        const target = localFile(url, 'Image');
        if ('problem' in target) report(node, { field: 'image', message: target.problem, hint: target.hint });
      }
      if (!node.alt?.trim())
        report(node, {
          field: 'image',
          message: `The image ${url} has no alt text, so screen readers cannot say what it shows.`,
          hint: `Describe what it shows: ![A buying centre map](${url}); for an image that only decorates, write ![${DECORATIVE_ALT}](${url}).`,
        });
      else if (node.alt === DECORATIVE_ALT) ctx.setProperty(node, 'alt', '');
    },
    after() {
      if (problems.length > 0) throw new ModuleBodyError(problems);
    },
  };

  /** Reports a formula KaTeX cannot typeset, at the line of the formula it points at. */
  function checkMaths(tex: string, node: Positioned, firstLine: number) {
    const problem = mathsProblem(tex);
    if (!problem) return;
    const linesBefore = tex.slice(0, problem.offset ?? 0).split('\n').length - 1;
    report(
      node,
      {
        field: 'maths',
        message: `The formula \`${tex.trim()}\` cannot be read: ${problem.message}.`,
        hint: 'Check that every { has its }, and the spelling of each \\command (KaTeX supports most LaTeX maths: https://katex.org/docs/supported). For a dollar sign in prose, write `\\$`.',
      },
      firstLine + linesBefore,
    );
  }

  function checkElementName(name: string | null | undefined, node: Positioned) {
    if (!name || !/^[a-z]/.test(name)) return;
    const component = AUTHOR_COMPONENTS.find((c) => c.toLowerCase() === name.toLowerCase());
    if (component)
      report(node, {
        field: `<${name}>`,
        message: `<${name}> is not a component: MDX treats lower-case tags as HTML, so it would show as an unknown element.`,
        hint: `Components start with a capital letter: write <${component}> (and </${component}>).`,
      });
  }
}
