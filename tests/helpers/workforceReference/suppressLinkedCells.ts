/** The suppression before it was optimised, kept verbatim as the oracle the optimised `suppressLinkedCells` must match figure for figure. */
import type { BlockFilter } from '../../../src/lib/workforce/chooseReportableFilters.ts';
import type { Suppression } from '../../../src/lib/workforce/workforceReportSchema.ts';

/** One family of linked tables: every learner's block and answer at each time point (e.g. a competency's level each week). */
export interface LinkedTables {
  /** Per learner: the block (region × path group) they are in. */
  blocks: readonly number[];
  /** Per learner: the answer (0 … `values − 1`) at each of `times` time points. */
  answers: ReadonlyArray<readonly number[]>;
  times: number;
  values: number;
  /** Time points from this one on are coarse: hidden only when no fine cell can merge a small class. */
  coarseFrom?: number;
}

/** Learners per filter, time point and answer, and why each count is hidden (null when shown). */
export interface SuppressedCells {
  counts: number[][][];
  suppressed: Array<Array<Array<Suppression | null>>>;
}

/** The first item in `order`, without sorting. */
function first<T>(items: readonly T[], order: (a: T, b: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || order(item, best) < 0) best = item;
  return best;
}

/**
 * Small-cell suppression of linked tables to k-anonymity: the counts of learners per answer at every
 * time point, under every published filter, are shown only when every learner shares everything the
 * shown cells say about them (their published filters and, at each time point, the shown cell they
 * fall in) with at least `minGroup − 1` others of the same filter atom. Every shown count is then a
 * sum of whole classes of at least `minGroup` learners, so no sum or difference of shown counts —
 * across filters, answers or time points, week-to-week movement included — can equal a group of
 * 1 … `minGroup − 1` learners. Counts of 1 … `minGroup − 1` are hidden first
 * ("fewer-than-minimum"); then, while a class is smaller, its answer at one time point (where its
 * count is smallest) is hidden under every filter — or, when it has no shown cell, an answer (the
 * nearest) of the class in its atom with the fewest shown cells ("complementary").
 * Withheld filters (`shown` false) are hidden as "population".
 */
export function suppressLinkedCells(
  tables: LinkedTables,
  filters: readonly BlockFilter[],
  shown: readonly boolean[],
  minGroup: number,
): SuppressedCells {
  const { times, values } = tables;
  const coarseFrom = tables.coarseFrom ?? times;
  const fine = ([, t]: [number, number, number]) => t < coarseFrom;
  // Learners with the same block and answers are interchangeable: work on types with a multiplicity.
  const types = new Map<string, { block: number; answers: readonly number[]; n: number }>();
  tables.blocks.forEach((block, i) => {
    const key = `${block}|${tables.answers[i]!.join(',')}`;
    const type = types.get(key);
    if (type === undefined) types.set(key, { block, answers: tables.answers[i]!, n: 1 });
    else type.n += 1;
  });
  const blockFilters = new Map<number, number[]>();
  filters.forEach((filter, f) => {
    if (shown[f]) for (const b of filter.blocks) (blockFilters.get(b) ?? blockFilters.set(b, []).get(b)!).push(f);
  });

  const counts = filters.map(() => Array.from({ length: times }, () => new Array<number>(values).fill(0)));
  for (const type of types.values()) {
    for (const f of blockFilters.get(type.block) ?? [])
      type.answers.forEach((v, t) => {
        counts[f]![t]![v]! += type.n;
      });
  }
  const suppressed = counts.map((perTime, f) =>
    perTime.map((row) =>
      row.map((n): Suppression | null =>
        !shown[f] ? 'population' : n > 0 && n < minGroup ? 'fewer-than-minimum' : null,
      ),
    ),
  );

  const typeList = [...types.values()];
  const ownFilters = typeList.map((type) => blockFilters.get(type.block) ?? []);
  /** The shown cells a type falls in. */
  const cellsOf = (i: number) => {
    const cells: Array<[number, number, number]> = [];
    typeList[i]!.answers.forEach((v, t) => {
      for (const f of ownFilters[i]!) if (suppressed[f]![t]![v] === null) cells.push([f, t, v]);
    });
    return cells;
  };
  while (shown.some(Boolean)) {
    // A type's class key: its filters, and per time point its answer with the filters showing it (or none).
    const classes = new Map<
      string,
      {
        atom: string;
        n: number;
        rep: number;
        answers: readonly number[];
        block: number;
        cells?: Array<[number, number, number]>;
      }
    >();
    typeList.forEach((type, i) => {
      const own = ownFilters[i]!;
      const parts = new Array<number>(times);
      for (let t = 0; t < times; t++) {
        const v = type.answers[t]!;
        let mask = 0;
        for (let j = 0; j < own.length; j++) if (suppressed[own[j]!]![t]![v] === null) mask |= 1 << j;
        parts[t] = mask === 0 ? -1 : v * 1024 + mask;
      }
      const atom = own.join('.');
      const key = `${atom}|${parts.join(',')}`;
      const found = classes.get(key);
      if (found === undefined) classes.set(key, { atom, n: type.n, rep: i, answers: type.answers, block: type.block });
      else found.n += type.n;
    });
    const count = ([f, t, v]: [number, number, number]) => counts[f]![t]![v]!;
    const cellsOfClass = (c: { rep: number; cells?: Array<[number, number, number]> }) => (c.cells ??= cellsOf(c.rep));
    const all = [...classes.values()];
    const small = all.filter((c) => c.n < minGroup);
    if (small.length === 0) break;
    let hid = 0;
    const hide = (t: number, v: number, block: number) => {
      for (const f of blockFilters.get(block) ?? []) {
        if (suppressed[f]![t]![v] !== null) continue;
        suppressed[f]![t]![v] = 'complementary';
        hid += 1;
      }
    };
    for (const c of small) {
      // Hide the class's answer at the time point where its count is smallest, under every filter
      // (hiding it under one filter rarely merges the class). A class with no shown cell is the rest of
      // its atom: hide another class's answer instead, the nearest (so hidden levels stay adjacent), then the smallest.
      const byCount = (a: [number, number, number], b: [number, number, number]) =>
        count(a) - count(b) || a[1] - b[1] || a[0] - b[0];
      // Its own cells as listed now, or as first listed in this pass (a sibling search may have listed them).
      const own = first((c.cells ?? cellsOf(c.rep)).filter(fine), byCount);
      // Hides earlier in this pass may merge it already: look for siblings only once nothing else changed.
      const coarse = own === undefined ? first(cellsOfClass(c), byCount) : undefined;
      // A class with a coarse cell acts at once (waiting a pass each would cost a pass per hide).
      if (own === undefined && hid > 0 && coarse === undefined) continue;
      const distance = ([, t, v]: [number, number, number]) => Math.abs(v - c.answers[t]!);
      // The sibling closest to "all hidden" (fewest shown cells) joins it soonest; then its nearest answer.
      const siblingCell = (eligible: (cell: [number, number, number]) => boolean) => {
        const cellsOf_ = (other: { rep: number; cells?: Array<[number, number, number]> }) =>
          cellsOfClass(other).filter(eligible);
        const nearest = (other: { rep: number; cells?: Array<[number, number, number]> }) =>
          Math.min(...cellsOf_(other).map(distance));
        const sibling = first(
          all.filter((other) => other !== c && other.atom === c.atom && cellsOf_(other).length > 0),
          (a, b) => cellsOf_(a).length - cellsOf_(b).length || nearest(a) - nearest(b) || a.n - b.n,
        );
        if (sibling === undefined) return undefined;
        const cell = first(cellsOf_(sibling), (a, b) => distance(a) - distance(b) || byCount(a, b));
        return cell === undefined ? undefined : { cell, block: sibling.block };
      };
      const chosen =
        own !== undefined
          ? { cell: own, block: c.block }
          : (siblingCell(fine) ?? (coarse !== undefined ? { cell: coarse, block: c.block } : siblingCell(() => true)));
      if (chosen === undefined) continue;
      hide(chosen.cell[1], chosen.cell[2], chosen.block);
    }
    // Cannot happen while every filter atom holds 0 or at least `minGroup` learners (chooseReportableFilters).
    if (hid === 0)
      throw new Error(
        'suppressLinkedCells: a class below the minimum has no cell left to hide; the filters were not chosen by chooseReportableFilters.',
      );
  }
  return { counts, suppressed };
}
