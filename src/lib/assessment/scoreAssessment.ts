import { levelIsSettled } from './levelIsSettled.ts';
import { medianRoundedDown } from './medianRoundedDown.ts';

/** The learner's answer to one item: the index of the option chosen, or null when skipped. */
export type Answers = Readonly<Record<string, number | null>>;

export type Confidence = 'high' | 'medium' | 'low' | 'none';

/** The estimate for one competency, with how much evidence it rests on. */
export interface CompetencyEstimate {
  competency: string;
  /** Estimated current level: 0 (not yet) up to the top of the scale. */
  level: number;
  confidence: Confidence;
  answered: number;
  total: number;
}

/** The items of one competency's bank, as scoring needs them. */
export interface ScoredBank {
  competency: string;
  items: ReadonlyArray<{ id: string; options: ReadonlyArray<{ level: number }> }>;
}

/**
 * Estimates each competency's current level from the self-assessment.
 *
 * The rule, chosen to be explainable to a learner in one sentence: each answered item says which
 * level its chosen option is anchored to; the estimate is the median of those levels, rounded
 * down. The median keeps one outlying answer from moving the estimate, and rounding down errs on
 * the side of including a module rather than skipping one the learner needs. Skipped or unknown
 * answers carry no evidence: they lower the confidence, never the level. With no answer at all the
 * estimate is 0 with confidence "none", so the journey covers the competency from the start.
 *
 * Confidence: every item asked answered → high; at least two thirds → medium; at least one → low.
 * Items the adaptive assessment did not ask, because the answers already settled the level, do not
 * count against it.
 */
export function scoreAssessment(banks: readonly ScoredBank[], answers: Answers): CompetencyEstimate[] {
  const byCompetency = new Map<string, { levels: number[]; total: number; asked: number }>();
  for (const bank of banks) {
    const entry = byCompetency.get(bank.competency) ?? { levels: [], total: 0, asked: 0 };
    const settled = levelIsSettled(bank, answers);
    for (const item of bank.items) {
      entry.total += 1;
      if (!settled || answers[item.id] !== undefined) entry.asked += 1;
      const choice = answers[item.id];
      const option = choice === null || choice === undefined ? undefined : item.options[choice];
      if (option) entry.levels.push(option.level);
    }
    byCompetency.set(bank.competency, entry);
  }
  return [...byCompetency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([competency, { levels, total, asked }]) => ({
      competency,
      level: medianRoundedDown(levels),
      confidence: confidenceOf(levels.length, asked),
      answered: levels.length,
      total,
    }));
}

function confidenceOf(answered: number, total: number): Confidence {
  if (answered === 0) return 'none';
  if (answered === total) return 'high';
  return answered * 3 >= total * 2 ? 'medium' : 'low';
}

/** Current levels by competency id, as the journey planner takes them. */
export function levelsOf(estimates: readonly CompetencyEstimate[]): Record<string, number> {
  return Object.fromEntries(estimates.map((e) => [e.competency, e.level]));
}
