import type { CaseCounts } from './caseCountsSchema.ts';
import type { FieldCase } from './fieldCaseSchema.ts';

/** Case counts for recognition (see `caseCountsSchema`): `approved` are the approved cases with their author's key. */
export function countFieldCases(
  approved: ReadonlyArray<{ case: FieldCase; authorKey: string }>,
  minGroup: number,
): CaseCounts {
  const tally = <K>(keyOf: (c: FieldCase) => readonly K[]) => {
    const counts = new Map<K, number>();
    for (const { case: c } of approved) for (const key of keyOf(c)) counts.set(key, (counts.get(key) ?? 0) + 1);
    return [...counts].sort(([a, x], [b, y]) => y - x || String(a ?? '').localeCompare(String(b ?? '')));
  };
  const contributors = new Set(approved.map((a) => a.authorKey)).size;
  const levelsOf = (competency: string) =>
    tally((c) => c.competencies.filter((l) => l.competency === competency).map((l) => l.level))
      .map(([level, cases]) => ({ level, cases }))
      .sort((a, b) => a.level - b.level);
  return {
    minGroup,
    total: approved.length,
    contributors: contributors > 0 && contributors < minGroup ? null : contributors,
    byCompetency: tally((c) => c.competencies.map((l) => l.competency)).map(([competency, cases]) => ({
      competency,
      cases,
      levels: levelsOf(competency),
    })),
    byRegion: tally((c) => [c.region ?? null]).map(([region, cases]) => ({ region, cases })),
    byArchetype: tally((c) => [c.archetype ?? null]).map(([archetype, cases]) => ({ archetype, cases })),
    byFunction: tally((c) => [c.function ?? null]).map(([fn, cases]) => ({ function: fn, cases })),
  };
}
