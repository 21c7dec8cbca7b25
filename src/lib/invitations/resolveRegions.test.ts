import { describe, expect, it } from 'vitest';
import { resolveRegions } from './resolveRegions';

const regions = [
  { id: 'emerging', name: 'Emerging market' },
  { id: 'multi-payer', name: 'Multi-payer market' },
];

describe('resolveRegions', () => {
  it('turns each region given by id or by name, in any case, into its id, and leaves a blank one blank', () => {
    const { invitees, unknown } = resolveRegions(
      [
        { invitee: 'Ana', region: 'emerging' },
        { invitee: 'Bo', region: 'multi-payer MARKET' },
        { invitee: 'Cy', region: '' },
      ],
      [regions],
    );
    expect(invitees.map((i) => i.region)).toEqual(['emerging', 'multi-payer', '']);
    expect(unknown).toEqual([]);
  });

  it('matches names in any of the lists given (the page’s language and the source’s)', () => {
    const french = [{ id: 'emerging', name: 'Marché émergent' }];
    expect(resolveRegions([{ invitee: 'Di', region: 'marché émergent' }], [french, regions]).invitees[0]!.region).toBe(
      'emerging',
    );
  });

  it('names every invitee whose region is none of the curriculum’s, by position, keeping what was typed', () => {
    const { unknown } = resolveRegions(
      [
        { invitee: 'Ana', region: 'nowhere' },
        { invitee: 'Bo', region: 'emerging' },
        { invitee: 'Cy', region: 'Emerging' },
        { invitee: 'Di', region: 'emergin' },
      ],
      [regions],
    );
    expect(unknown).toEqual([
      { index: 0, region: 'nowhere' },
      { index: 3, region: 'emergin' },
    ]);
  });
});
