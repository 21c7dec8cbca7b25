import type { BlockFilter } from './chooseReportableFilters.ts';
import { runToEnd } from './runToEnd.ts';
import type { Suppression } from './workforceReportSchema.ts';

/** One family of linked tables: every learner's block and answer at each time point (e.g. a competency's level each week). */
export interface LinkedTables {
  /** Per learner: the block (region × path group) they are in. */
  blocks: readonly number[];
  /** Per learner: the answer (0 … `values − 1`) at each of `times` time points. */
  answers: ReadonlyArray<readonly number[]>;
  times: number;
  values: number;
  /**
   * Time points from this one on are a coarser grain of the ones before (e.g. levels merged, months):
   * a class below the minimum hides a fine cell, its own or a sibling's, before a coarse one, so the
   * coarse figures survive when the fine ones cannot. Absent: every time point is fine.
   */
  coarseFrom?: number;
}

/** Learners per filter, time point and answer, and why each count is hidden (null when shown). */
export interface SuppressedCells {
  counts: number[][][];
  suppressed: Array<Array<Array<Suppression | null>>>;
}

/** Why a cell is hidden, as stored in the working array: its index into `REASONS`. */
const SHOWN = 0;
const POPULATION = 1;
const FEWER_THAN_MINIMUM = 2;
const COMPLEMENTARY = 3;
const REASONS: ReadonlyArray<Suppression | null> = [null, 'population', 'fewer-than-minimum', 'complementary'];
/** A time point's part of a class key when none of the type's filters shows its cell. */
const NO_CELL = 0xffff;

/** Learners that every shown cell treats alike, represented by one of their types. */
interface LinkedClass {
  atom: number;
  n: number;
  rep: number;
  answers: readonly number[];
  block: number;
  cells: number[] | undefined;
  /** `cells` at fine time points only, listed when a sibling search first asks. */
  fineCells?: number[];
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
  return runToEnd(suppressLinkedCellsSteps(tables, filters, shown, minGroup));
}

/** Cell reads between two yields of `suppressLinkedCellsSteps`: well under a millisecond of work. */
const WORK_PER_STEP = 40_000;

/** `suppressLinkedCells` in steps of bounded work, whatever the number of learners: a caller can let other work run between them. */
export function* suppressLinkedCellsSteps(
  tables: LinkedTables,
  filters: readonly BlockFilter[],
  shown: readonly boolean[],
  minGroup: number,
): Generator<void, SuppressedCells> {
  const { times, values } = tables;
  const coarseFrom = tables.coarseFrom ?? times;
  // Cells live in flat typed arrays, indexed filter-major then time then answer, so that the
  // passes below read numbers rather than nested arrays and strings (the plan's hot path).
  const perFilter = times * values;
  const cellIndex = (f: number, t: number, v: number) => f * perFilter + t * values + v;
  const filterOf = (cell: number) => Math.floor(cell / perFilter);
  const timeOf = (cell: number) => Math.floor((cell % perFilter) / values);
  const answerOf = (cell: number) => cell % values;
  let work = 0;
  /** Counts `units` of work done; true when a step's worth is done and it is time to yield. */
  const stepDone = (units: number) => {
    work += units;
    if (work <= WORK_PER_STEP) return false;
    work = 0;
    return true;
  };

  // Learners with the same block and answers are interchangeable: work on types with a multiplicity.
  const types = new Map<string, { block: number; answers: readonly number[]; n: number }>();
  for (let i = 0; i < tables.blocks.length; i++) {
    const block = tables.blocks[i]!;
    const key = String.fromCharCode(block, ...tables.answers[i]!);
    const type = types.get(key);
    if (type === undefined) types.set(key, { block, answers: tables.answers[i]!, n: 1 });
    else type.n += 1;
    if (stepDone(times)) yield;
  }
  const blockFilters = new Map<number, number[]>();
  filters.forEach((filter, f) => {
    if (shown[f]) for (const b of filter.blocks) (blockFilters.get(b) ?? blockFilters.set(b, []).get(b)!).push(f);
  });

  const counts = new Int32Array(filters.length * perFilter);
  for (const type of types.values()) {
    const own = blockFilters.get(type.block) ?? [];
    const { answers, n } = type;
    // Index arithmetic written out in the loops that run for every cell of every type: a process's first
    // plan runs them before the compiler has inlined anything, where each call counts.
    for (let j = 0; j < own.length; j++)
      for (let t = 0, at = own[j]! * perFilter; t < times; t++, at += values) counts[at + answers[t]!]! += n;
    if (stepDone(times * own.length)) yield;
  }
  const reason = new Uint8Array(counts.length);
  for (let f = 0; f < filters.length; f++) {
    for (let cell = f * perFilter; cell < (f + 1) * perFilter; cell++)
      reason[cell] = !shown[f]
        ? POPULATION
        : counts[cell]! > 0 && counts[cell]! < minGroup
          ? FEWER_THAN_MINIMUM
          : SHOWN;
  }

  const typeList = [...types.values()];
  const ownFilters = typeList.map((type) => blockFilters.get(type.block) ?? []);
  // A type's atom (the published filters it is in) as a small number, for class keys and sibling tests.
  const atomIds = new Map<string, number>();
  const atomOf = ownFilters.map((own) => {
    const key = own.join('.');
    return atomIds.get(key) ?? atomIds.set(key, atomIds.size).get(key)!;
  });
  if (values > 63 || ownFilters.some((own) => own.length > 10))
    throw new Error('suppressLinkedCells: at most 63 answers and 10 filters per block are supported.');
  /** The shown cells a type falls in. */
  const cellsOf = (i: number) => {
    const cells: number[] = [];
    const { answers } = typeList[i]!;
    for (let t = 0; t < times; t++)
      for (const f of ownFilters[i]!)
        if (reason[cellIndex(f, t, answers[t]!)] === SHOWN) cells.push(cellIndex(f, t, answers[t]!));
    return cells;
  };
  // Cells ranked by one number, its parts packed most significant first: no allocation per cell (and plain
  // assignments, not array destructuring, which a process not yet warmed runs through the iterator protocol).
  const byTime = (cell: number) => timeOf(cell) * filters.length + filterOf(cell);
  const ownRank = (cell: number) => counts[cell]! * perFilter * filters.length + byTime(cell);
  /** The cell of least rank, the first one on ties (as in a stable sort). */
  const firstCell = (cells: readonly number[], rank: (cell: number) => number) => {
    let best: number | undefined;
    let bestRank = Infinity;
    for (const cell of cells) {
      const r = rank(cell);
      if (r < bestRank) {
        best = cell;
        bestRank = r;
      }
    }
    return best;
  };
  const isFine = (cell: number) => timeOf(cell) < coarseFrom;
  /** `firstCell(cellsOf(i).filter(isFine), ownRank)`, without listing the cells. */
  const ownCellOf = (i: number) => {
    const { answers } = typeList[i]!;
    const own = ownFilters[i]!;
    let best: number | undefined;
    let bestRank = Infinity;
    for (let t = 0; t < coarseFrom; t++) {
      const slot = t * values + answers[t]!;
      for (let j = 0; j < own.length; j++) {
        const cell = own[j]! * perFilter + slot;
        if (reason[cell] !== SHOWN) continue;
        const r = ownRank(cell);
        if (r < bestRank) {
          best = cell;
          bestRank = r;
        }
      }
    }
    return best;
  };
  // Class keys are kept per type and re-made only for types whose cells a pass hid (they are the
  // only ones that can change): after the first pass, a pass costs in proportion to what it hid.
  const key = new Array<number>(times + 1);
  const keys = new Array<string>(typeList.length);
  const stale = new Uint8Array(typeList.length).fill(1);
  // The types at each (time point, answer) slot, listed in one typed array: slot s's are
  // typesAt[typesFrom[s] … typesFrom[s + 1]) (a count, then a fill: no array grows).
  const typesFrom = new Int32Array(perFilter + 1);
  for (let i = 0; i < typeList.length; i++) {
    const { answers } = typeList[i]!;
    for (let t = 0; t < times; t++) typesFrom[t * values + answers[t]! + 1]! += 1;
    if (stepDone(times)) yield;
  }
  for (let s = 0; s < perFilter; s++) typesFrom[s + 1]! += typesFrom[s]!;
  const typesAt = new Int32Array(typeList.length * times);
  const filled = typesFrom.slice(0, perFilter);
  for (let i = 0; i < typeList.length; i++) {
    const { answers } = typeList[i]!;
    for (let t = 0; t < times; t++) typesAt[filled[t * values + answers[t]!]!++] = i;
    if (stepDone(times)) yield;
  }
  /** A type's class key: its atom, and per time point its answer with the filters showing it (or none). */
  const classKey = (i: number) => {
    const own = ownFilters[i]!;
    const { answers } = typeList[i]!;
    key[0] = atomOf[i]!;
    for (let t = 0; t < times; t++) {
      const v = answers[t]!;
      let mask = 0;
      const slot = t * values + v;
      for (let j = 0; j < own.length; j++) if (reason[own[j]! * perFilter + slot] === SHOWN) mask |= 1 << j;
      key[t + 1] = mask === 0 ? NO_CELL : v * 1024 + mask;
    }
    return String.fromCharCode(...key);
  };
  /**
   * For a class with no fine cell of its own to hide: the sibling (same atom) closest to "all hidden"
   * — fewest shown cells (fine ones only when `fineOnly`), then nearest, then smallest, the first on
   * ties — joins it soonest; its eligible cell nearest the class's answer. Each class's eligible cells
   * are listed once per pass and the nearness is worked out only for the siblings with the fewest, so
   * the search costs numbers per sibling, not a list each (it runs for every small class).
   */
  const siblingCell = (c: LinkedClass, siblings: readonly LinkedClass[], fineOnly: boolean) => {
    const distance = (cell: number) => Math.abs(answerOf(cell) - c.answers[timeOf(cell)]!);
    const eligible = (other: LinkedClass) => (fineOnly ? fineCellsOfClass(other) : cellsOfClass(other));
    let fewest = Infinity;
    for (const other of siblings) {
      if (other === c) continue;
      const length = eligible(other).length;
      if (length > 0 && length < fewest) fewest = length;
    }
    let sibling: LinkedClass | undefined;
    let nearest = Infinity;
    for (const other of siblings) {
      if (other === c || eligible(other).length !== fewest) continue;
      let near = Infinity;
      for (const cell of eligible(other)) near = Math.min(near, distance(cell));
      if (sibling === undefined || near < nearest || (near === nearest && other.n < sibling.n)) {
        sibling = other;
        nearest = near;
      }
    }
    if (sibling === undefined) return undefined;
    const cell = firstCell(
      eligible(sibling),
      (at) => distance(at) * (tables.blocks.length + 1) * perFilter * filters.length + ownRank(at),
    );
    return cell === undefined ? undefined : { cell, block: sibling.block };
  };
  const cellsOfClass = (c: LinkedClass) => (c.cells ??= cellsOf(c.rep));
  const fineCellsOfClass = (c: LinkedClass) => (c.fineCells ??= cellsOfClass(c).filter(isFine));
  /** The pass in which each slot's types were last marked stale. */
  const markedIn = new Int32Array(perFilter);
  let pass = 0;
  while (shown.some(Boolean)) {
    const classes = new Map<string, LinkedClass>();
    for (let i = 0; i < typeList.length; i++) {
      const type = typeList[i]!;
      if (stale[i] === 1) {
        keys[i] = classKey(i);
        stale[i] = 0;
        if (stepDone(times * ownFilters[i]!.length)) yield;
      }
      const found = classes.get(keys[i]!);
      if (found === undefined)
        classes.set(keys[i]!, {
          atom: atomOf[i]!,
          n: type.n,
          rep: i,
          answers: type.answers,
          block: type.block,
          cells: undefined,
        });
      else found.n += type.n;
    }
    const all = [...classes.values()];
    const small = all.filter((c) => c.n < minGroup);
    const siblingsOf = new Map<number, LinkedClass[]>();
    for (const c of all) (siblingsOf.get(c.atom) ?? siblingsOf.set(c.atom, []).get(c.atom)!).push(c);
    if (small.length === 0) break;
    let hid = 0;
    pass += 1;
    const hide = (cell: number, block: number) => {
      const before = hid;
      const slot = cell % perFilter;
      for (const f of blockFilters.get(block) ?? []) {
        const at = f * perFilter + slot;
        if (reason[at] !== SHOWN) continue;
        reason[at] = COMPLEMENTARY;
        hid += 1;
      }
      // The slot's types go stale once a pass: their keys are made again at the next pass's start.
      if (hid > before && markedIn[slot] !== pass) {
        markedIn[slot] = pass;
        for (let k = typesFrom[slot]!; k < typesFrom[slot + 1]!; k++) stale[typesAt[k]!] = 1;
      }
    };
    for (const c of small) {
      if (stepDone(times * (ownFilters[c.rep]!.length + 1))) yield;
      // Hide the class's answer at the time point where its count is smallest, under every filter
      // (hiding it under one filter rarely merges the class). A class with no shown cell is the rest of
      // its atom: hide another class's answer instead, the nearest (so hidden levels stay adjacent), then the smallest.
      // A class's cells are listed when first asked for in a pass and kept for the pass (a sibling
      // search may have listed them before hides changed them): the ranking must see the same list.
      const own = c.cells !== undefined ? firstCell(c.cells.filter(isFine), ownRank) : ownCellOf(c.rep);
      if (own !== undefined) {
        hide(own, c.block);
        continue;
      }
      // Every time point fine and none of them shown: the class has no shown cell, now or later in
      // this pass (hides only take cells away), so its list is known without reading every time point
      // again (a family of many time points, e.g. the evidence report's reach, has a thousand such classes a pass).
      if (coarseFrom === times) c.cells ??= [];
      // Hides earlier in this pass may merge it already: look for siblings only once nothing else changed.
      const coarse = firstCell(cellsOfClass(c), ownRank);
      // A class with a coarse cell acts at once: waiting for a pass without hides would cost a pass per hide.
      if (hid > 0 && coarse === undefined) continue;
      if (stepDone(all.length * (ownFilters[c.rep]!.length + 1))) yield; // the sibling search reads every class
      // A fine cell of a sibling first (merging keeps the coarse figures), then the class's own coarse cell, then any sibling cell.
      const siblings = siblingsOf.get(c.atom)!;
      const cell =
        siblingCell(c, siblings, true) ?? (coarse === undefined ? undefined : { cell: coarse, block: c.block });
      const last = cell ?? siblingCell(c, siblings, false);
      if (last !== undefined) hide(last.cell, last.block);
    }
    // Cannot happen while every filter atom holds 0 or at least `minGroup` learners (chooseReportableFilters).
    if (hid === 0)
      throw new Error(
        'suppressLinkedCells: a class below the minimum has no cell left to hide; the filters were not chosen by chooseReportableFilters.',
      );
  }
  // Nested arrays per filter and time point, filled by plain loops (no callback per cell).
  const shownCounts: number[][][] = [];
  const suppressed: Array<Array<Array<Suppression | null>>> = [];
  for (let f = 0; f < filters.length; f++) {
    const filterCounts: number[][] = [];
    const filterReasons: Array<Array<Suppression | null>> = [];
    for (let t = 0; t < times; t++) {
      const first = cellIndex(f, t, 0);
      const atCounts: number[] = [];
      const atReasons: Array<Suppression | null> = [];
      for (let v = 0; v < values; v++) {
        atCounts.push(counts[first + v]!);
        atReasons.push(REASONS[reason[first + v]!]!);
      }
      filterCounts.push(atCounts);
      filterReasons.push(atReasons);
    }
    shownCounts.push(filterCounts);
    suppressed.push(filterReasons);
  }
  return { counts: shownCounts, suppressed };
}
