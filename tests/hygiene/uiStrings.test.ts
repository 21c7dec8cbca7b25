import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { convertToTsx } from '@astrojs/astro2tsx';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..');
/** Where the learner's words live: every one must come from the message catalogue or content/. */
const UI_FOLDERS = ['src/pages', 'src/components', 'src/layouts', 'src/islands'];
/** Attributes and props a reader sees or hears. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
  'caption',
  'description',
  'summary',
  'value-text',
]);
/** A word: two letters in a row, in any script. Punctuation, symbols and numbers are not words. */
const WORD = /\p{L}{2,}/u;

function uiFiles(): string[] {
  return UI_FOLDERS.flatMap((folder) =>
    readdirSync(join(project, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(astro|tsx)$/.test(name))
      .map((name) => join(project, folder, name)),
  );
}

/** The file as TSX: .astro through the compiler Astro's own type checker uses. */
function asTsx(file: string): string {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.astro') ? convertToTsx(text, { filename: file }).code : text;
}

/** Every English literal a reader would see: JSX text, visible attributes, strings rendered from `{…}`. */
function literalsIn(file: string): string[] {
  const source = ts.createSourceFile(file, asTsx(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  // A web address is not prose (e.g. an example endpoint as a placeholder).
  const isWords = (text: string) => WORD.test(text) && !/^https?:\/\/\S*$/.test(text.trim());
  const visit = (node: ts.Node) => {
    // Code is code in every language: commands, file names and field names in <code> are not translated.
    if (ts.isJsxElement(node) && ['code', 'kbd'].includes(node.openingElement.tagName.getText())) return;
    if (ts.isJsxText(node) && isWords(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const literal = init && ts.isJsxExpression(init) ? init.expression : init;
      if (
        literal &&
        (ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal)) &&
        isWords(literal.text)
      )
        found.push(`${node.name.getText()}="${literal.text}"`);
    }
    // A string rendered straight into the markup: {'Done'}, {done ? 'Done' : 'Not yet'}, {x && 'Saved'}.
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
      rendered(node)
    ) {
      const text = ts.isTemplateExpression(node) ? node.getText() : node.text;
      if (isWords(text.replace(/\$\{[^}]*\}/g, ''))) found.push(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Whether a string literal ends up as text in the markup rather than as a class, key, comparison or argument. */
function rendered(node: ts.Node): boolean {
  let current = node.parent;
  while (
    current &&
    (ts.isConditionalExpression(current) || ts.isBinaryExpression(current) || ts.isParenthesizedExpression(current))
  ) {
    if (ts.isConditionalExpression(current) && current.condition === node) return false;
    if (ts.isBinaryExpression(current)) {
      const op = current.operatorToken.kind;
      const shortCircuit = [
        ts.SyntaxKind.AmpersandAmpersandToken,
        ts.SyntaxKind.BarBarToken,
        ts.SyntaxKind.QuestionQuestionToken,
      ];
      // Only the value side of `a && 'text'` or `a ?? 'text'` is shown; `x === 'text'` is a comparison.
      if (!shortCircuit.includes(op) || (op === ts.SyntaxKind.AmpersandAmpersandToken && current.left === node))
        return false;
    }
    node = current;
    current = current.parent;
  }
  return !!current && ts.isJsxExpression(current) && !ts.isJsxAttribute(current.parent);
}

describe('the pages, components and islands', () => {
  it('show no English literal: every word a reader sees comes from the message catalogue or content/', () => {
    const offenders = uiFiles()
      .map((file) => ({ file: relative(project, file), literals: literalsIn(file) }))
      .filter((f) => f.literals.length > 0);

    expect(
      offenders.map(
        (f) =>
          `${f.file}: ${f.literals.slice(0, 5).join(' | ')}${f.literals.length > 5 ? ` (+${f.literals.length - 5})` : ''}`,
      ),
    ).toEqual([]);
  });
});
