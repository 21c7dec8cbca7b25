import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { ContentIssue } from '../lib/curriculum/contentIssue';

/** A parsed YAML text: its data (undefined after a syntax error), syntax issues, and line lookup. */
export interface YamlSource {
  data: unknown;
  issues: ContentIssue[];
  /** The 1-based file line of a field path; a missing field gives the line of its nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Where the text comes from: its file, the hint for syntax errors, and lines before the YAML starts. */
export interface YamlOrigin {
  file: string;
  hint: string;
  /** Lines of the file before the YAML (1 for MDX front matter after its `---`). */
  offset?: number;
}

/** Parser errors that mean a line's indentation is off (or an unquoted ": " made a key of text). */
const INDENTATION_ERRORS = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

/**
 * Parses YAML keeping line numbers, the one way content files are read: syntax errors become
 * issues naming file and line, and any field path can be turned into the line an author should look at.
 * Valid YAML is read by js-yaml's core schema (YAML 1.2's, as `yaml` reads it), several times faster
 * than a document that keeps every node's position; those positions are parsed only when a line is
 * asked for (an issue to report) or the text has a syntax error, which `yaml` words for authors.
 */
export function parseYamlWithLines(text: string, origin: YamlOrigin): YamlSource {
  let data: unknown;
  try {
    // An empty document (or only comments) is null, as `yaml` gives it.
    data = load(text, { schema: CORE_SCHEMA, filename: origin.file }) ?? null;
  } catch {
    return parseWithPositions(text, origin);
  }
  let positions: YamlSource | undefined;
  const lineOf = (path: readonly PropertyKey[]) => {
    positions ??= parseWithPositions(text, origin);
    return positions.lineOf(path);
  };
  return { data, issues: [], lineOf };
}

/** `yaml`'s document with every node's position: its first error as an issue, and the line of any field. */
function parseWithPositions(text: string, { file, hint, offset = 0 }: YamlOrigin): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  // The parser's first error is the author's mistake; the ones after it follow from it.
  const issues = doc.errors.slice(0, 1).map((error): ContentIssue => {
    // Without prettyErrors the parser leaves linePos unset; its offset in the text is always there.
    const { line, col } = lines.linePos(error.pos[0]);
    const indentation = INDENTATION_ERRORS.has(error.code);
    const lineText = text.slice(lines.lineStarts[line - 1], lines.lineStarts[line]);
    return {
      file,
      field: '',
      line: line + offset,
      // An indentation mistake is the line's start, wherever the parser noticed it.
      column: indentation ? lineText.search(/\S|$/) + 1 : col,
      message: `YAML syntax error: ${
        indentation
          ? 'this line is indented differently from the lines around it, or has a ": " in unquoted text.'
          : error.message.split('\n')[0]
      }`,
      hint,
    };
  });
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // Walk up to the nearest existing node: a missing field is reported at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return lines.linePos(range[0]).line + offset;
    }
    return undefined;
  };
  return { data: issues.length > 0 ? undefined : doc.toJS(), issues, lineOf };
}
