import { resolve } from 'node:path';
import { type ContentIssue, contentErrors, formatIssues } from '../lib/curriculum/contentIssue';

/** What Vite's error overlay shows (its `ErrorPayload['err']`): message, stack and where. */
export interface OverlayError {
  message: string;
  stack: string;
  id?: string;
  loc?: { file: string; line: number; column: number };
}

/**
 * The error `npm run dev` shows in the browser for the curriculum's problems, pointing at the
 * first error's file and line (absolute, so the overlay can open it); undefined when there is no error.
 */
export function contentErrorOverlay(issues: readonly ContentIssue[], root: string): OverlayError | undefined {
  if (contentErrors(issues).length === 0) return undefined;
  const first = issues.find((issue) => issue.severity !== 'warning')!;
  const file = resolve(root, first.file);
  return {
    message: formatIssues(issues),
    // The message is the whole story; a JS stack would bury it.
    stack: '',
    id: file,
    loc: { file, line: first.line ?? 1, column: first.column ?? 1 },
  };
}
