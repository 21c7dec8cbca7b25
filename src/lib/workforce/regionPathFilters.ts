import type { BlockFilter } from './chooseReportableFilters.ts';

/** A filter a lead can choose: all learners, one region, one path, or both. */
export interface PlannedFilter extends BlockFilter {
  region: string | null;
  path: string | null;
}

/**
 * The filters of a report by region and path — all, each region, each path, each region and path —
 * over blocks numbered `region × paths + path`, and the block a learner falls in (an id not listed
 * falls in the first block of its kind: callers list "unknown" and "none" first or map them before).
 */
export function regionPathFilters(regionIds: readonly string[], pathIds: readonly string[]) {
  const blocksWhere = (keep: (r: number, p: number) => boolean) =>
    regionIds
      .flatMap((_, r) => pathIds.map((_, p) => (keep(r, p) ? r * pathIds.length + p : -1)))
      .filter((b) => b >= 0);
  const filters: PlannedFilter[] = [
    { region: null, path: null, blocks: blocksWhere(() => true) },
    ...regionIds.map((region, r) => ({ region, path: null, blocks: blocksWhere((rr) => rr === r) })),
    ...pathIds.map((path, p) => ({ region: null, path, blocks: blocksWhere((_, pp) => pp === p) })),
    ...regionIds.flatMap((region, r) =>
      pathIds.map((path, p) => ({ region, path, blocks: blocksWhere((rr, pp) => rr === r && pp === p) })),
    ),
  ];
  const blockOf = (region: string, path: string) =>
    Math.max(0, regionIds.indexOf(region)) * pathIds.length + Math.max(0, pathIds.indexOf(path));
  return { filters, blockOf, blockCount: regionIds.length * pathIds.length };
}
