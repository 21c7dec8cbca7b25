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

/** Browser code that writes words into the page: its words must come from the catalogue too. */
const CLIENT_FOLDERS = ['src/client', 'src/db'];
/** Calls that put their string arguments on the page: DOM helpers of the client scripts. */
const WRITING_CALLS = new Set(['paragraph', 'link', 'p', 'a']);

/** Words, not an address or a class name (`modules/x/`, `button`): lower-case single tokens are code. */
const isProse = (text: string) => WORD.test(text) && !/^[a-z0-9/_.:#?=&-]*$/.test(text.trim());

/** Every English literal a browser script writes into the page: `textContent`, DOM helpers, aria-label. */
function writtenLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const text = (node: ts.Node | undefined) =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      ? node.text
      : node && ts.isTemplateExpression(node)
        ? node
            .getText()
            .slice(1, -1)
            .replace(/\$\{[^}]*\}/g, '')
        : '';
  const visit = (node: ts.Node) => {
    const candidates: ts.Node[] = [];
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      if (/\.(textContent|innerText)$/.test(node.left.getText())) candidates.push(node.right);
    }
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'textContent') candidates.push(node.initializer);
    if (ts.isCallExpression(node)) {
      const name = node.expression.getText();
      if (WRITING_CALLS.has(name)) candidates.push(...node.arguments);
      if (name.endsWith('setAttribute') && text(node.arguments[0]) === 'aria-label')
        candidates.push(node.arguments[1]!);
    }
    for (const candidate of candidates) {
      const parts = ts.isConditionalExpression(candidate) ? [candidate.whenTrue, candidate.whenFalse] : [candidate];
      for (const part of parts) if (isProse(text(part))) found.push(text(part));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the browser scripts', () => {
  it('write no English of their own into the page: their words come from the page’s messages', () => {
    const offenders = CLIENT_FOLDERS.flatMap((folder) =>
      readdirSync(join(project, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
        .map((name) => relative(project, join(project, folder, name))),
    )
      .map((file) => ({ file, literals: writtenLiterals(join(project, file)) }))
      .filter((f) => f.literals.length > 0)
      .map((f) => `${f.file}: ${f.literals.slice(0, 3).join(' | ')}`);

    expect(offenders).toEqual([]);
  });

  it('get their words one way: the page’s <ClientMessages> blocks (clientMessages()), never a per-element data-messages', () => {
    const files = ['src/client', 'src/components', 'src/pages', 'src/layouts'].flatMap((folder) =>
      readdirSync(join(project, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(ts|astro)$/.test(name))
        .map((name) => relative(project, join(project, folder, name))),
    );
    expect(
      files.filter((file) => /data-messages|dataset\.messages/.test(readFileSync(join(project, file), 'utf8'))),
    ).toEqual([]);
  });
});
