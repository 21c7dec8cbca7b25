import { describe, expect, it } from 'vitest';
import { runToEnd } from '../workforce/runToEnd.ts';
import type { LearnerAnswers } from './evidenceAnswers.ts';
import type { LearnerHistory } from './learnerHistory.ts';
import { planEvidence, planEvidenceSteps } from './planEvidence.ts';
import { evidenceCurriculum, SEEDED_AS_OF, seededPopulation } from './seededPopulation.ts';

/** A WeakMap that counts the answers worked out (each one is set once). */
class CountingAnswers extends WeakMap<LearnerHistory, LearnerAnswers> {
  worked = 0;
  override set(history: LearnerHistory, answers: LearnerAnswers) {
    this.worked += 1;
    return super.set(history, answers);
  }
}

describe('planEvidence with the answers of unchanged histories kept', () => {
  it('works out again only the learner whose history changed, and plans exactly what a plan from scratch does', () => {
    const all = seededPopulation();
    const known = new CountingAnswers();
    const first = runToEnd(planEvidenceSteps(all, evidenceCurriculum, 5, SEEDED_AS_OF, known));
    expect(known.worked).toBe(new Set(all).size); // seeded profiles repeat one history object: each is worked out once
    expect(first).toEqual(planEvidence(all, evidenceCurriculum, 5, SEEDED_AS_OF));

    const changed = [...all];
    const stalled = changed.findIndex((l) => l.startedAt !== undefined && l.completions.length > 0);
    changed[stalled] = { ...all[stalled]!, completions: all[stalled]!.completions.slice(0, -1), hours: 0 };
    known.worked = 0;
    const again = runToEnd(planEvidenceSteps(changed, evidenceCurriculum, 5, SEEDED_AS_OF, known));
    expect(known.worked).toBe(1);
    expect(again).toEqual(planEvidence(changed, evidenceCurriculum, 5, SEEDED_AS_OF));
    expect(again).not.toEqual(first);
  });
});
