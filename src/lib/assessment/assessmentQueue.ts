import { levelIsSettled } from './levelIsSettled';
import type { Answers, ScoredBank } from './scoreAssessment';

/** Which questions one round of the self-assessment asks: every competency, or only some. */
export interface AssessmentRound {
  banks: readonly ScoredBank[];
  answers: Answers;
  /** Competencies this round asks about; null asks about all of them. */
  scope: readonly string[] | null;
}

/**
 * The adaptive order of the self-assessment's questions. Items are numbered as in the banks, in
 * order. An item is asked when its competency is in the round's scope and it was already shown
 * (answered or skipped) or its competency's level is not settled yet (see `levelIsSettled`).
 */
export function assessmentQueue({ banks, answers, scope }: AssessmentRound) {
  const items = banks.flatMap((bank) => bank.items.map((item) => ({ id: item.id, bank })));
  const inScope = (competency: string) => scope === null || scope.includes(competency);
  const asked = (i: number) => {
    const item = items[i]!;
    return inScope(item.bank.competency) && (answers[item.id] !== undefined || !levelIsSettled(item.bank, answers));
  };
  const indices = items.map((_, i) => i);
  return {
    /** How many items there are in all; an index equal to it is the "finish" screen. */
    length: items.length,
    /** The first item asked at or after `from`, or `length` when none is left. */
    next: (from: number) => indices.find((i) => i >= from && asked(i)) ?? items.length,
    /** The last item asked before `from`, or -1 when there is none. */
    previous: (from: number) => indices.findLast((i) => i < from && asked(i)) ?? -1,
    /** "Question `position` of at most `upTo`": `upTo` shrinks as answers settle competencies. */
    position: (cursor: number) => {
      const all = indices.filter(asked);
      return { position: all.filter((i) => i < cursor).length + 1, upTo: all.length };
    },
  };
}
