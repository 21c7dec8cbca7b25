/** A 32-bit FNV-1a hash of a string: the seed of a learner's option order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: a small, well-mixed 32-bit generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The order to show `count` options in, as authored indexes: a Fisher–Yates shuffle seeded by
 * `seed` (a learner id and a check id), so one learner sees the same order on every visit and
 * device, and different learners see different orders; never the authored order itself.
 */
export function seededOrder(count: number, seed: string): number[] {
  const random = generator(hash(seed));
  const order = Array.from({ length: count }, (_, i) => i);
  // The authored order often puts the right answer first: a shuffle that lands on it is drawn again.
  do {
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  } while (count > 1 && order.every((n, i) => n === i));
  return order;
}
