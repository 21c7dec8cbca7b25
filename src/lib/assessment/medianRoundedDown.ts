/** The median of a list of levels, rounded down; 0 for an empty list. */
export function medianRoundedDown(levels: readonly number[]): number {
  if (levels.length === 0) return 0;
  const sorted = [...levels].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid) ? Math.floor((sorted[mid - 1]! + sorted[mid]!) / 2) : sorted[Math.floor(mid)]!;
}
