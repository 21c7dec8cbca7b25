import type { ReviewCard } from './reviewSchedule.ts';

/** The rule: among a competency's last `window` reviews (all its cards together), at least `misses` wrong. */
export const REVISIT_RULE = { window: 5, misses: 2 } as const;

/** A competency whose review cards keep failing, with the modules of the cards it missed (most recent first). */
export interface RevisitFlag {
  competency: string;
  missedModules: string[];
}

/**
 * The competencies worth revisiting: those whose cards (the checks of the modules that develop
 * them) were answered wrong at least twice in their last five reviews. A slip now and then is
 * what spaced retrieval expects; a pattern says the competency needs the module again, or its
 * foundation. Ordered by competency id.
 */
export function worthRevisiting(
  cards: readonly ReviewCard[],
  modules: ReadonlyArray<{ id: string; develops: ReadonlyArray<{ competency: string }> }>,
  rule: { window: number; misses: number } = REVISIT_RULE,
): RevisitFlag[] {
  const byCompetency = new Map<string, Array<{ at: string; passed: boolean; moduleId: string; key: string }>>();
  const competenciesOf = new Map(modules.map((m) => [m.id, [...new Set(m.develops.map((d) => d.competency))]]));
  for (const card of cards)
    for (const competency of competenciesOf.get(card.moduleId) ?? [])
      for (const review of card.reviews) {
        const list = byCompetency.get(competency) ?? [];
        list.push({ ...review, moduleId: card.moduleId, key: `${card.moduleId}/${card.checkId}` });
        byCompetency.set(competency, list);
      }
  const flags: RevisitFlag[] = [];
  for (const [competency, reviews] of byCompetency) {
    const recent = reviews
      .sort((a, b) => b.at.localeCompare(a.at) || b.key.localeCompare(a.key))
      .slice(0, rule.window)
      .filter((r) => !r.passed);
    if (recent.length >= rule.misses)
      flags.push({ competency, missedModules: [...new Set(recent.map((r) => r.moduleId))] });
  }
  return flags.sort((a, b) => a.competency.localeCompare(b.competency));
}
