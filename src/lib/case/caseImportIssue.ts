/**
 * Something in a CASE package Cohesion cannot take as it is. An error stops the import (nothing is
 * written); a warning says what was imported incompletely or left out, and what the author can do.
 */
export interface CaseImportIssue {
  severity: 'error' | 'warning';
  /** The CASE object concerned, e.g. `CFItems[3] "Negotiation"`, or the package as a whole. */
  where: string;
  message: string;
  /** What to do about it, addressed to the author. */
  hint: string;
}

/** Renders an issue as the paragraph `npm run case:import` prints. */
export function formatCaseImportIssue(issue: CaseImportIssue): string {
  return `${issue.severity === 'error' ? 'Error' : 'Warning'}: ${issue.where}\n  ${issue.message}\n  → ${issue.hint}`;
}
