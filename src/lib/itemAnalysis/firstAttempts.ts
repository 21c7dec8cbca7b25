import type { LearningStatement } from '../progress/statements.ts';
import { VERBS } from '../progress/xapiIds.ts';

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
export function voidedIds(statements: readonly LearningStatement[]): Set<string> {
  const ids = new Set<string>();
  for (const s of statements) {
    const object = s.object as { objectType?: string; id?: string };
    if (s.verb.id === VERBS.voided.id && object.objectType === 'StatementRef' && object.id !== undefined)
      ids.add(object.id);
  }
  return ids;
}
