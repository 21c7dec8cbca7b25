import type { ReviewCard } from './reviewSchedule.ts';

/** The cards whose check is still in the curriculum: a withdrawn check is neither counted nor asked. */
export function cardsInCurriculum(
  cards: readonly ReviewCard[],
  curriculum: { modules: ReadonlyArray<{ id: string; checks: readonly string[] }> },
): ReviewCard[] {
  const checks = new Map(curriculum.modules.map((m) => [m.id, new Set(m.checks)]));
  return cards.filter((c) => checks.get(c.moduleId)?.has(c.checkId));
}
