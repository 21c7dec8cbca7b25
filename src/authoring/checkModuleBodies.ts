import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ContentIssue } from '../lib/curriculum/contentIssue';
import { ModuleBodyError } from './authorMistakesPlugin';
import { explainMdxError } from './explainMdxError';
import { moduleMdxProcessor } from './moduleMdxProcessor';

/** Front matter blanked out line for line, as the build does, so compiler positions are file lines. */
const blankFrontMatter = (text: string) =>
  text.replace(/^---\r?\n[\s\S]*?\r?\n---/, (frontMatter) => frontMatter.replace(/[^\r\n]/g, ' '));

/**
 * Compiles each module file below `root` (paths as in ContentIssue.file) with the build's own MDX
 * processor and reports every problem at the author's file and line, in MDX terms. Syntax
 * highlighting is left out: it only colours code and cannot fail on what an author writes.
 */
export async function checkModuleBodies(root: string, files: readonly string[]): Promise<ContentIssue[]> {
  // Satteri always has an MDX renderer; the processor type leaves it optional for other processors.
  const renderer = await moduleMdxProcessor().createMdxRenderer!(
    { syntaxHighlight: false, gfm: true, smartypants: true },
    { optimize: false, srcDir: pathToFileURL(resolve(root, 'src')) },
  );
  const issues: ContentIssue[] = [];
  for (const file of files) {
    const abs = resolve(root, file);
    const source = readFileSync(abs, 'utf8');
    try {
      await renderer.process(blankFrontMatter(source), abs, {});
    } catch (error) {
      const problems =
        error instanceof ModuleBodyError ? error.problems : [explainMdxError(String((error as Error).message), source)];
      issues.push(...problems.map((problem) => ({ file, ...problem })));
    }
  }
  return issues;
}
