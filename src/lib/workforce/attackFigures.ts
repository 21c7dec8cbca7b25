// Test support: the attacker of the small-group property tests (workforce and evidence).

/** A figure the lead saw: its value and the learners it counts (worked out by the test from the standings, not by the code under test). */
export interface Seen {
  what: string;
  count: number;
  learners: Set<number>;
}

/**
 * The attacker: within a family, any sum or difference of the figures it saw counts a union of
 * "classes" — learners that every figure counts alike — so the smallest groups it can pin down are
 * the classes themselves, and the differences of nested figures are the first it would try. Returns
 * what it found below the minimum, in words.
 */
export function attackFigures(families: Map<string, Seen[]>, min: number): string[] {
  const found: string[] = [];
  for (const [family, seen] of families) {
    for (const a of seen) {
      for (const b of seen) {
        const rest = a.count - b.count;
        if (rest > 0 && rest < min && [...b.learners].every((i) => a.learners.has(i)))
          found.push(`${family}: ${a.what} (${a.count}) − ${b.what} (${b.count}) = ${rest}`);
      }
    }
    const classes = new Map<string, number>();
    const everyone = new Set(seen.flatMap((s) => [...s.learners]));
    for (const i of everyone) {
      const key = seen.map((s) => (s.learners.has(i) ? 1 : 0)).join('');
      classes.set(key, (classes.get(key) ?? 0) + 1);
    }
    for (const [key, n] of classes)
      if (n < min)
        found.push(
          `${family}: ${n} learners told apart from all others by ${seen
            .filter((_, j) => key[j] === '1')
            .map((s) => s.what)
            .slice(0, 3)
            .join('; ')}`,
        );
  }
  return found.slice(0, 10);
}
