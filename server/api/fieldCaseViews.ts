import type { CaseHistoryEntry, CaseView } from '../../src/lib/cases/caseViewSchema.ts';
import type { LibraryCase } from '../../src/lib/cases/libraryCaseSchema.ts';
import type { FieldCaseEvent, FieldCaseRecord } from '../storage/repository.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const DECISIONS = new Set<FieldCaseEvent['action']>(['approve', 'requestChanges', 'decline']);

/** The name the author chose to show, or null when they chose not to be named. */
const shownName = (record: FieldCaseRecord) => (record.case.showName ? (record.case.authorName ?? null) : null);

/** A stored case as its author and the leads see it (`CaseView`), with its history from `events` (oldest first). */
export function caseView(record: FieldCaseRecord, events: readonly FieldCaseEvent[]): CaseView {
  const history: CaseHistoryEntry[] = events
    .filter((e) => e.caseId === record.case.id)
    .map((e) => ({
      action: e.action,
      by: e.by,
      at: iso(e.atMs),
      comment: e.comment,
      edited: Object.keys(e.edits ?? {}),
    }));
  const lastDecision = events.filter((e) => e.caseId === record.case.id && DECISIONS.has(e.action)).at(-1);
  return {
    case: record.case,
    status: record.status,
    html: record.html,
    submittedAt: iso(record.submittedMs),
    updatedAt: iso(record.updatedMs),
    approvedAt: record.approvedMs === null ? null : iso(record.approvedMs),
    comment: lastDecision?.comment ?? null,
    authorName: shownName(record),
    history,
  };
}

/** An approved case as the library shows it: no status, no history, the author's name only when they chose so. */
export function libraryCase(record: FieldCaseRecord): LibraryCase {
  const { id, title, situation, action, result, reuse, competencies, region, archetype } = record.case;
  return {
    id,
    title,
    situation,
    action,
    result,
    reuse,
    html: record.html,
    competencies,
    ...(region === undefined ? {} : { region }),
    ...(archetype === undefined ? {} : { archetype }),
    ...(record.case.function === undefined ? {} : { function: record.case.function }),
    author: shownName(record),
    approvedAt: iso(record.approvedMs ?? record.updatedMs),
  };
}
