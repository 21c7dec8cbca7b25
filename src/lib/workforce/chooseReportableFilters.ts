/** A filter a lead can choose, as the blocks (region × path groups) it covers; filter 0 is "all". */
export interface BlockFilter {
  blocks: readonly number[];
}

/** An atom: blocks that every shown filter takes or leaves alike, so no sum or difference of the filters' totals can split them. */
export interface FilterAtom {
  blocks: number[];
  filters: number[];
}

/** The atoms the shown filters cut the blocks into. */
export function filterAtoms(
  blockCount: number,
  filters: readonly BlockFilter[],
  shown: readonly boolean[],
): FilterAtom[] {
  const covering: number[][] = Array.from({ length: blockCount }, () => []);
  filters.forEach((filter, f) => {
    if (shown[f]) for (const b of filter.blocks) covering[b]!.push(f);
  });
  const atoms = new Map<string, FilterAtom>();
  covering.forEach((fs, b) => {
    const key = fs.join(',');
    (atoms.get(key) ?? atoms.set(key, { blocks: [], filters: fs }).get(key)!).blocks.push(b);
  });
  return [...atoms.values()];
}

/**
 * Which filters may be published, given the learners in each block. Small-cell suppression at the
 * level of the filters themselves: a filter with 1 … `minGroup − 1` learners is withheld, then more
 * filters until every atom — the learners no combination of the published filters' totals can split
 * further, e.g. "all minus every shown region" — holds 0 or at least `minGroup` learners. A small
 * atom is merged with its nearest non-empty atom (fewest filters telling them apart, then the
 * smaller) by withholding the smallest filter that tells them apart. Filter 0 ("all") is published
 * whenever the total is 0 or at least `minGroup`.
 */
export function chooseReportableFilters(
  blockSizes: readonly number[],
  filters: readonly BlockFilter[],
  minGroup: number,
): boolean[] {
  const sizes = filters.map((filter) => filter.blocks.reduce((sum, b) => sum + blockSizes[b]!, 0));
  const small = (n: number) => n > 0 && n < minGroup;
  const shown = sizes.map((n) => !small(n));
  if (!shown[0]) return shown.map(() => false);
  for (;;) {
    const atoms = filterAtoms(blockSizes.length, filters, shown).map((atom) => ({
      ...atom,
      n: atom.blocks.reduce((sum, b) => sum + blockSizes[b]!, 0),
    }));
    const tiny = atoms.filter((a) => small(a.n)).sort((a, b) => a.n - b.n)[0];
    if (tiny === undefined) return shown;
    const apart = (other: FilterAtom) => [
      ...other.filters.filter((f) => !tiny.filters.includes(f)),
      ...tiny.filters.filter((f) => !other.filters.includes(f)),
    ];
    const nearest = atoms
      .filter((a) => a !== tiny && a.n > 0)
      .sort((a, b) => apart(a).length - apart(b).length || a.n - b.n)[0];
    // Every non-empty atom but this one being empty would make the total small: handled above.
    const withhold = apart(nearest!).sort((a, b) => sizes[a]! - sizes[b]! || a - b)[0]!;
    shown[withhold] = false;
  }
}
