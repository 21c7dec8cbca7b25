import type { ContentIssue } from '../lib/curriculum/contentIssue';

/** Where in the file and what: the part of a ContentIssue an MDX problem fills in. */
export type BodyProblem = Pick<ContentIssue, 'field' | 'line' | 'column' | 'message' | 'hint'>;

const SEE = 'See "Writing module bodies" in AUTHORING.md.';

/**
 * Turns the MDX compiler's error (`"18:20: Unexpected character … (mdx-jsx:…)"`, positions in the
 * module file) into what the author wrote wrong and how to write it in MDX. `source` is the file's text.
 */
export function explainMdxError(compilerMessage: string, source: string): BodyProblem {
  const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w:-]+\))?$/.exec(compilerMessage.trim());
  if (!match) return { field: 'body', message: `MDX cannot read the body: ${compilerMessage}`, hint: SEE };
  const line = Number(match[1]);
  const column = Number(match[2]);
  const text = match[3]!;
  const at = { line, column };
  const lines = source.split(/\r?\n/);
  const lineText = lines[line - 1] ?? '';
  const rest = lineText.slice(column - 1);
  // The compiler points inside a bad `{…}`; the author wrote it from its opening brace.
  const braced = lineText.slice(Math.max(0, lineText.lastIndexOf('{', column - 1)));

  if (/create a comment in MDX/.test(text) || rest.startsWith('<!--'))
    return {
      ...at,
      field: 'body',
      message: 'An HTML comment (`<!-- … -->`) is not allowed in MDX.',
      hint: 'MDX comments are `{/* … */}`: write `{/* your note */}`, which is left out of the page.',
    };
  const unclosed = /Expected a closing tag for `<([^>`]+)>`/.exec(text);
  if (unclosed)
    return {
      ...at,
      field: `<${unclosed[1]}>`,
      message: `<${unclosed[1]}> is opened here but never closed.`,
      hint: `Close it with </${unclosed[1]}> on a line of its own after its content (with a blank line before it), or write <${unclosed[1]} … /> if it has no content.`,
    };
  const attributes = /^\{\s*([#.][\w-]+|[\w-]+=[^}\s]*)[^}]*\}/.exec(braced);
  if (attributes)
    return {
      ...at,
      field: 'body',
      message: `Pandoc-style attributes (\`${attributes[0]}\`) are not MDX: in MDX \`{…}\` is a JavaScript expression.`,
      hint: `Remove \`${attributes[0]}\`: images are sized by the site (never wider than the text). ${SEE}`,
    };
  if (/after `<`|before name|valid JSX tag/.test(text) && rest.startsWith('<'))
    return {
      ...at,
      field: 'body',
      message: 'A `<` that does not start a component: MDX reads `<` as the start of a tag.',
      hint: 'For a literal less-than sign, write `&lt;` or `{\'<\'}` (or reword, e.g. "under 5 minutes").',
    };
  if (/expression/i.test(text) || rest.startsWith('{'))
    return {
      ...at,
      field: 'body',
      message: 'A `{` starts a JavaScript expression in MDX, and this one is not valid.',
      hint: "For literal braces, write `\\{` or `{'{'}`; for a comment, write `{/* … */}`.",
    };
  return { ...at, field: 'body', message: `MDX cannot read this: ${text}.`, hint: SEE };
}
