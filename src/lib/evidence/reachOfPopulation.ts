import type { LearnerCount } from '../workforce/workforceReportSchema.ts';
import type { PopulationDimension } from './populationSizesSchema.ts';

/** A population size a lead entered for a region or a function. */
export interface EnteredSize {
  dimension: PopulationDimension;
  key: string;
  size: number;
}

/** Invited, enrolled and active learners of a group: the counts the adoption chart shows. */
interface Steps {
  invited: LearnerCount;
  enrolled: LearnerCount;
  active: LearnerCount;
}

/** `count / size` when the count is shown and a size above 0 was entered; null otherwise. */
const shareOf = (count: LearnerCount, size: number | null) =>
  count.count === null || size === null || size === 0 ? null : count.count / size;

const against = (steps: Steps, size: number | null) => ({
  size,
  invited: shareOf(steps.invited, size),
  enrolled: shareOf(steps.enrolled, size),
  active: shareOf(steps.active, size),
});

/**
 * The adoption figures against the population a lead entered: the share of the people reached at
 * each step. The population of a region filter is that region's size; of all regions, the sum of
 * every region's size once each has one; a path has none (sizes are entered per region and
 * function). A function's size counts against its learners only over all regions and paths. Shares
 * are of shown counts only, so they tell nothing the counts hide; above 1 means the size entered is
 * smaller than the people already invited.
 */
export function reachOfPopulation(
  adoption: Steps & { byFunction: ReadonlyArray<Steps & { id: string; name: string }> },
  filter: { region: string | null; path: string | null },
  regionIds: readonly string[],
  sizes: readonly EnteredSize[],
) {
  const sizeOf = (dimension: PopulationDimension, key: string) =>
    sizes.find((s) => s.dimension === dimension && s.key === key)?.size ?? null;
  const regionSizes = regionIds.map((id) => sizeOf('region', id));
  const allRegions = regionSizes.some((s) => s === null) ? null : regionSizes.reduce<number>((a, s) => a + s!, 0);
  const size = filter.path !== null ? null : filter.region !== null ? sizeOf('region', filter.region) : allRegions;
  const whole = filter.region === null && filter.path === null;
  return {
    ...against(adoption, size),
    byFunction: adoption.byFunction.map((f) => ({
      id: f.id,
      name: f.name,
      ...against(f, whole ? sizeOf('function', f.id) : null),
    })),
  };
}
