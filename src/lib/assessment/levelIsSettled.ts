import { medianRoundedDown } from './medianRoundedDown.ts';
import type { Answers, ScoredBank } from './scoreAssessment.ts';

/**
 * Whether the answers already given settle a competency's estimated level: no way of answering or
 * skipping the bank's unasked items could change it. The adaptive self-assessment stops asking a
 * competency at that point, as placement tests do, and its estimate then counts as certain.
 */
export function levelIsSettled(bank: ScoredBank, answers: Answers): boolean {
  const given: number[] = [];
  const open: Array<readonly number[]> = [];
  for (const item of bank.items) {
    const choice = answers[item.id];
    if (choice === undefined) open.push(item.options.map((o) => o.level));
    else if (choice !== null && item.options[choice]) given.push(item.options[choice]!.level);
  }
  if (open.length === 0) return true;
  if (given.length === 0) return false;
  // The estimate only rises with a higher answer, so answering k open items all at the lowest or
  // all at the highest level bounds every outcome with k answers (conservatively, over all items).
  const lowest = Math.min(...open.flat());
  const highest = Math.max(...open.flat());
  const now = medianRoundedDown(given);
  for (let k = 1; k <= open.length; k++) {
    if (medianRoundedDown([...given, ...Array<number>(k).fill(lowest)]) !== now) return false;
    if (medianRoundedDown([...given, ...Array<number>(k).fill(highest)]) !== now) return false;
  }
  return true;
}
