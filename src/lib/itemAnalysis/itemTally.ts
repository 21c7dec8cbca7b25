import type { LearningStatement } from '../progress/statements.ts';
import { ACTIVITY_PATTERNS, VERBS } from '../progress/xapiIds.ts';
import { type FirstAttempt, learnerKey, voidedIds } from './firstAttempts.ts';

/**
 * What item analysis keeps of the statements read so far: each learner's first answer to each
 * check and who passed each module. It grows with learners × checks, never with statements, so a
 * store can be read into it a page at a time.
 */
export interface ItemTally {
  firsts: Map<string, { timestamp: string; id: string; attempt: FirstAttempt }>;
  passes: Map<string, Set<string>>;
}

/** An empty tally. */
export const createItemTally = (): ItemTally => ({ firsts: new Map(), passes: new Map() });

/**
 * Adds statements (in any order, e.g. one page of a store) to the tally: `answered` statements on
 * check activities with a success flag, and `completed` or `passed` ones on modules. Statements
 * whose id is in `voided` are left out (an LRS leaves voided statements out of its pages itself).
 */
export function tallyStatements(
  tally: ItemTally,
  statements: readonly LearningStatement[],
  voided: ReadonlySet<string> = new Set(),
): ItemTally {
  for (const s of statements) {
    if (voided.has(s.id)) continue;
    const activity = (s.object as { id?: string }).id ?? '';
    const learner = learnerKey(s.actor);
    if (learner === undefined) continue;
    if (s.verb.id === VERBS.completed.id || s.verb.id === VERBS.passed.id) {
      const module = ACTIVITY_PATTERNS.module.exec(activity)?.[1];
      if (module !== undefined)
        (tally.passes.get(module) ?? tally.passes.set(module, new Set()).get(module)!).add(learner);
      continue;
    }
    const match = ACTIVITY_PATTERNS.check.exec(activity);
    if (s.verb.id !== VERBS.answered.id || match === null || typeof s.result?.success !== 'boolean') continue;
    const key = `${learner}\n${match[1]}\n${match[2]}`;
    const seen = tally.firsts.get(key);
    if (seen !== undefined && (seen.timestamp < s.timestamp || (seen.timestamp === s.timestamp && seen.id < s.id)))
      continue;
    const response = s.result.response ?? '';
    const chosen = /^\d+(\[,\]\d+)*$/.test(response) ? response.split('[,]').map(Number) : [];
    tally.firsts.set(key, {
      timestamp: s.timestamp,
      id: s.id,
      attempt: { learner, module: match[1]!, check: match[2]!, success: s.result.success, chosen },
    });
  }
  return tally;
}

/** The tally of a whole statement list, such as an exported file: the voided statements it lists are left out. */
export const tallyOf = (statements: readonly LearningStatement[]): ItemTally =>
  tallyStatements(createItemTally(), statements, voidedIds(statements));
