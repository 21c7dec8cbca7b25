import type { BlockFilter } from './chooseReportableFilters.ts';
import type { Suppression } from './workforceReportSchema.ts';

/** One family of linked tables: every learner's block and answer at each time point (e.g. a competency's level each week). */
export interface LinkedTables {
  /** Per learner: the block (region × path group) they are in. */
  blocks: readonly number[];
  /** Per learner: the answer (0 … `values − 1`) at each of `times` time points. */
  answers: ReadonlyArray<readonly number[]>;
  times: number;
  values: number;
}

/** Learners per filter, time point and answer, and why each count is hidden (null when shown). */
export interface SuppressedCells {
  counts: number[][][];
  suppressed: Array<Array<Array<Suppression | null>>>;
}

/**
 * Small-cell suppression of linked tables to k-anonymity: the counts of learners per answer at every
 * time point, under every published filter, are shown only when every learner shares everything the
 * shown cells say about them (their published filters and, at each time point, the shown cell they
 * fall in) with at least `minGroup − 1` others of the same filter atom. Every shown count is then a
 * sum of whole classes of at least `minGroup` learners, so no sum or difference of shown counts —
 * across filters, answers or time points, week-to-week movement included — can equal a group of
 * 1 … `minGroup − 1` learners. Counts of 1 … `minGroup − 1` are hidden first
 * ("fewer-than-minimum"); then, while a class is smaller, one of its shown cells (the smallest), or
 * when it has none a cell of another class in its atom (nearest in answer), is hidden ("complementary").
 * Withheld filters (`shown` false) are hidden as "population".
 */
export function suppressLinkedCells(tables: LinkedTables, filters: readonly BlockFilter[], shown: readonly boolean[], minGroup: number): SuppressedCells {
  const { times, values } = tables;
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
    for (const f of blockFilters.get(type.block) ?? []) type.answers.forEach((v, t) => (counts[f]![t]![v]! += type.n));
  }
  const suppressed = counts.map((perTime, f) => perTime.map((row) => row.map((n): Suppression | null => (!shown[f] ? 'population' : n > 0 && n < minGroup ? 'fewer-than-minimum' : null))));

  const typeList = [...types.values()];
  while (shown.some(Boolean)) {
    const classes = new Map<string, { atom: string; n: number; cells: Array<[number, number, number]>; answers: readonly number[] }>();
    for (const type of typeList) {
      const own = blockFilters.get(type.block) ?? [];
      const cells: Array<[number, number, number]> = [];
      const parts = [own.join('.')];
      type.answers.forEach((v, t) => {
        const covering = own.filter((f) => suppressed[f]![t]![v] === null);
        for (const f of covering) cells.push([f, t, v]);
        parts.push(covering.length === 0 ? '?' : `${v}:${covering.join('.')}`);
      });
      const key = parts.join('|');
      const found = classes.get(key);
      if (found === undefined) classes.set(key, { atom: parts[0]!, n: type.n, cells, answers: type.answers });
      else found.n += type.n;
    }
    const count = ([f, t, v]: [number, number, number]) => counts[f]![t]![v]!;
    const all = [...classes.values()];
    const small = all.filter((c) => c.n < minGroup);
    if (small.length === 0) break;
    let hid = 0;
    for (const c of small) {
      // Hide the class's smallest shown cell. A class with no shown cell is the rest of its atom:
      // hide a sibling's cell instead, the one nearest in answer (so hidden levels stay adjacent), then the smallest.
      const own = [...c.cells].sort((a, b) => count(a) - count(b) || a[1] - b[1] || a[0] - b[0]);
      const distance = ([, t, v]: [number, number, number]) => Math.abs(v - c.answers[t]!);
      const siblings = all.filter((other) => other !== c && other.atom === c.atom).flatMap((other) => other.cells);
      const cell = own[0] ?? siblings.sort((a, b) => distance(a) - distance(b) || count(a) - count(b) || a[1] - b[1] || a[0] - b[0])[0];
      if (cell === undefined || suppressed[cell[0]]![cell[1]]![cell[2]] !== null) continue;
      suppressed[cell[0]]![cell[1]]![cell[2]] = 'complementary';
      hid += 1;
    }
    // Cannot happen while every filter atom holds 0 or at least `minGroup` learners (chooseReportableFilters).
    if (hid === 0) throw new Error('suppressLinkedCells: a class below the minimum has no cell left to hide; the filters were not chosen by chooseReportableFilters.');
  }
  return { counts, suppressed };
}
