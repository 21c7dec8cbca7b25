import type { LearningStatement } from '../progress/statements.ts';
import { ACTIVITY_PATTERNS, VERBS } from '../progress/xapiIds.ts';

/** A learner's first answer to one knowledge check: whether it was right and the options chosen (authored indices). */
export interface FirstAttempt {
  learner: string;
  module: string;
  check: string;
  success: boolean;
  /** Option indices of a single or multiple check; empty for other kinds (their response is not a list of options). */
  chosen: number[];
}

/** A statement actor's identity as one string (mbox, openid or account), or undefined for an anonymous group. */
export function learnerKey(actor: LearningStatement['actor']): string | undefined {
  const a = actor as {
    mbox?: string;
    mbox_sha1sum?: string;
    openid?: string;
    account?: { homePage: string; name: string };
  };
  if (a.mbox !== undefined) return `mbox:${a.mbox}`;
  if (a.mbox_sha1sum !== undefined) return `mbox_sha1sum:${a.mbox_sha1sum.toLowerCase()}`;
  if (a.openid !== undefined) return `openid:${a.openid}`;
  if (a.account !== undefined) return `account:${a.account.homePage}|${a.account.name}`;
  return undefined;
}

/** The ids of the statements a `voided` statement in the list voids. */
function voidedIds(statements: readonly LearningStatement[]): Set<string> {
  const ids = new Set<string>();
  for (const s of statements) {
    const object = s.object as { objectType?: string; id?: string };
    if (s.verb.id === VERBS.voided.id && object.objectType === 'StatementRef' && object.id !== undefined)
      ids.add(object.id);
  }
  return ids;
}

/**
 * Each learner's first answer to each knowledge check (earliest timestamp, then id), from `answered`
 * statements on check activities; voided statements and answers without a success flag are left out.
 */
export function firstAttempts(statements: readonly LearningStatement[]): FirstAttempt[] {
  const voided = voidedIds(statements);
  const first = new Map<string, { at: LearningStatement; attempt: FirstAttempt }>();
  for (const s of statements) {
    if (s.verb.id !== VERBS.answered.id || voided.has(s.id)) continue;
    const match = ACTIVITY_PATTERNS.check.exec((s.object as { id?: string }).id ?? '');
    const learner = learnerKey(s.actor);
    if (match === null || learner === undefined || typeof s.result?.success !== 'boolean') continue;
    const key = `${learner}\n${match[1]}\n${match[2]}`;
    const seen = first.get(key);
    if (
      seen !== undefined &&
      (seen.at.timestamp < s.timestamp || (seen.at.timestamp === s.timestamp && seen.at.id < s.id))
    )
      continue;
    const response = s.result.response ?? '';
    const chosen = /^\d+(\[,\]\d+)*$/.test(response) ? response.split('[,]').map(Number) : [];
    first.set(key, {
      at: s,
      attempt: { learner, module: match[1]!, check: match[2]!, success: s.result.success, chosen },
    });
  }
  return [...first.values()].map((f) => f.attempt);
}

/** Per module, the learners who completed it or passed its test-out (voided statements left out). */
export function modulePasses(statements: readonly LearningStatement[]): Map<string, Set<string>> {
  const voided = voidedIds(statements);
  const passes = new Map<string, Set<string>>();
  for (const s of statements) {
    if ((s.verb.id !== VERBS.completed.id && s.verb.id !== VERBS.passed.id) || voided.has(s.id)) continue;
    const match = ACTIVITY_PATTERNS.module.exec((s.object as { id?: string }).id ?? '');
    const learner = learnerKey(s.actor);
    if (match === null || learner === undefined) continue;
    (passes.get(match[1]!) ?? passes.set(match[1]!, new Set()).get(match[1]!)!).add(learner);
  }
  return passes;
}
