import { describe, expect, it } from 'vitest';
import type { LearnerCount } from '../workforce/workforceReportSchema.ts';
import { reachOfPopulation } from './reachOfPopulation.ts';

const shown = (count: number): LearnerCount => ({ count, suppressed: null });
const hidden: LearnerCount = { count: null, suppressed: 'fewer-than-minimum' };
const steps = (invited: LearnerCount, enrolled: LearnerCount, active: LearnerCount) => ({ invited, enrolled, active });
const adoption = {
  ...steps(shown(30), shown(20), shown(10)),
  byFunction: [
    { id: 'sales', name: 'Sales', ...steps(shown(12), hidden, shown(0)) },
    { id: 'unstated', name: 'Function not stated', ...steps(shown(18), shown(15), shown(10)) },
  ],
};
const all = { region: null, path: null };
const regions = ['north', 'south'];

describe('reachOfPopulation', () => {
  it('reads all regions against the sum of their sizes, once every region has one', () => {
    const sizes = [
      { dimension: 'region' as const, key: 'north', size: 60 },
      { dimension: 'region' as const, key: 'south', size: 40 },
    ];
    expect(reachOfPopulation(adoption, all, regions, sizes)).toMatchObject({
      size: 100,
      invited: 0.3,
      enrolled: 0.2,
      active: 0.1,
    });
    expect(reachOfPopulation(adoption, all, regions, sizes.slice(0, 1)).size).toBeNull();
  });

  it('reads a region filter against that region, and a path filter against nothing', () => {
    const sizes = [{ dimension: 'region' as const, key: 'north', size: 40 }];
    expect(reachOfPopulation(adoption, { region: 'north', path: null }, regions, sizes)).toMatchObject({
      size: 40,
      invited: 0.75,
    });
    expect(reachOfPopulation(adoption, { region: 'north', path: 'p' }, regions, sizes)).toMatchObject({
      size: null,
      invited: null,
    });
  });

  it('gives a function its share over all regions only, never a share of a hidden count, and none of a size 0', () => {
    const sizes = [
      { dimension: 'function' as const, key: 'sales', size: 8 },
      { dimension: 'function' as const, key: 'unstated', size: 0 },
    ];
    const [sales, unstated] = reachOfPopulation(adoption, all, regions, sizes).byFunction;
    // More invited than the size entered reads above 1: the lead sees the size is too small.
    expect(sales).toEqual({ id: 'sales', name: 'Sales', size: 8, invited: 1.5, enrolled: null, active: 0 });
    expect(unstated).toMatchObject({ size: 0, invited: null });
    const inRegion = reachOfPopulation(adoption, { region: 'north', path: null }, regions, sizes).byFunction[0]!;
    expect(inRegion).toMatchObject({ size: null, invited: null });
  });
});
