import { describe, expect, it } from 'vitest';
import { runToEnd } from '../workforce/runToEnd.ts';
import type { LearnerAnswers } from './evidenceAnswers.ts';
import type { LearnerHistory } from './learnerHistory.ts';
import { type PlacedLearner, placedHistory } from './placedLearner.ts';
import { planEvidence, planEvidenceSteps } from './planEvidence.ts';
import { evidenceCurriculum, SEEDED_AS_OF, seededPopulation } from './seededPopulation.ts';

/** A WeakMap that counts the answers worked out (each one is set once). */
class CountingAnswers extends WeakMap<PlacedLearner, LearnerAnswers> {
  worked = 0;
  override set(learner: PlacedLearner, answers: LearnerAnswers) {
    this.worked += 1;
    return super.set(learner, answers);
  }
}

/** Learners whose histories count their reads, as a server's parsed from stored JSON would be. */
function countingReads(all: readonly LearnerHistory[]) {
  const reads = { count: 0 };
  const learners = all.map((history): PlacedLearner => {
    const placed = placedHistory(history);
    return {
      ...placed,
      history: () => {
        reads.count += 1;
        return placed.history();
      },
    };
  });
  return { learners, reads };
}

describe('planEvidence with the answers of unchanged learners kept', () => {
  it('works out again only the learner whose history changed, and plans exactly what a plan from scratch does', () => {
    const all = seededPopulation();
    const learners = all.map(placedHistory);
    const known = new CountingAnswers();
    const first = runToEnd(planEvidenceSteps(learners, evidenceCurriculum, 5, SEEDED_AS_OF, known));
    expect(known.worked).toBe(all.length);
    expect(first).toEqual(planEvidence(all, evidenceCurriculum, 5, SEEDED_AS_OF));

    const changed = [...all];
    const stalled = changed.findIndex((l) => l.startedAt !== undefined && l.completions.length > 0);
    changed[stalled] = { ...all[stalled]!, completions: all[stalled]!.completions.slice(0, -1), hours: 0 };
    const relearners = [...learners];
    relearners[stalled] = placedHistory(changed[stalled]!);
    known.worked = 0;
    const again = runToEnd(planEvidenceSteps(relearners, evidenceCurriculum, 5, SEEDED_AS_OF, known));
    expect(known.worked).toBe(1);
    expect(again).toEqual(planEvidence(changed, evidenceCurriculum, 5, SEEDED_AS_OF));
    expect(again).not.toEqual(first);
  });

  it("reads each learner's history once, while working out their answers, and not again while those are known", () => {
    const { learners, reads } = countingReads(seededPopulation());
    const known = new WeakMap<PlacedLearner, LearnerAnswers>();
    runToEnd(planEvidenceSteps(learners, evidenceCurriculum, 5, SEEDED_AS_OF, known));
    expect(reads.count).toBe(learners.length);
    reads.count = 0;
    runToEnd(planEvidenceSteps(learners, evidenceCurriculum, 5, SEEDED_AS_OF, known));
    expect(reads.count).toBe(0);
  });
});
