/**
 * One problem found in `content/`: where it is (file, field, optional line), what is wrong and
 * how to fix it. Every check reports issues in this shape so authors see them all at once.
 */
export interface ContentIssue {
  /** Path relative to the project root, e.g. `content/modules/value-selling.mdx`. */
  file: string;
  /** Dotted field path, e.g. `develops[0].competency`; empty for the file as a whole. */
  field: string;
  message: string;
  /** What to do about it, addressed to the author. */
  hint: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column on that line, when known. */
  column?: number;
  /** A warning is a to-do shown to the author (a missing descriptor, placeholder text) that fails neither the check, the build nor an export; anything else is an error. */
  severity?: 'warning';
}

/** The issues that are errors: the ones that fail the content check, the build and exports. */
export const contentErrors = (issues: readonly ContentIssue[]) => issues.filter((i) => i.severity !== 'warning');

/** Renders an issue as the one-paragraph message authors see in the terminal and the build log. */
export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}${issue.line ? `:${issue.line}${issue.column ? `:${issue.column}` : ''}` : ''}`;
  const field = issue.field ? ` (${issue.field})` : '';
  const todo = issue.severity === 'warning' ? 'TODO: ' : '';
  return `${where}${field}\n  ${todo}${issue.message}\n  → ${issue.hint}`;
}

/** Renders every issue, with a count, for a failing check or build; `folder` is the curriculum folder checked. */
export function formatIssues(issues: readonly ContentIssue[], folder = 'content/'): string {
  const noun = issues.length === 1 ? 'problem' : 'problems';
  return `Found ${issues.length} ${noun} in ${folder}:\n\n${issues.map(formatIssue).join('\n\n')}\n`;
}

/** Formats a field path such as ['develops', 0, 'competency'] as `develops[0].competency`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
