import { describe, expect, it } from 'vitest';
import { resolveNames } from './resolveNames';

const regions = [
  { id: 'emerging', name: 'Emerging market' },
  { id: 'multi-payer', name: 'Multi-payer market' },
];

describe('resolveNames', () => {
  it('turns each region given by id or by name, in any case, into its id, and leaves a blank one blank', () => {
    const { invitees, unknown } = resolveNames(
      [
        { invitee: 'Ana', region: 'emerging' },
        { invitee: 'Bo', region: 'multi-payer MARKET' },
        { invitee: 'Cy', region: '' },
      ],
      'region',
      [regions],
    );
    expect(invitees.map((i) => i.region)).toEqual(['emerging', 'multi-payer', '']);
    expect(unknown).toEqual([]);
  });

  it('matches names in any of the lists given (the page’s language and the source’s)', () => {
    const french = [{ id: 'emerging', name: 'Marché émergent' }];
    expect(
      resolveNames([{ invitee: 'Di', region: 'marché émergent' }], 'region', [french, regions]).invitees[0]!.region,
    ).toBe('emerging');
  });

  it('names every invitee whose region is none of the curriculum’s, by position, keeping what was typed', () => {
    const { unknown } = resolveNames(
      [
        { invitee: 'Ana', region: 'nowhere' },
        { invitee: 'Bo', region: 'emerging' },
        { invitee: 'Cy', region: 'Emerging' },
        { invitee: 'Di', region: 'emergin' },
      ],
      'region',
      [regions],
    );
    expect(unknown).toEqual([
      { index: 0, value: 'nowhere' },
      { index: 3, value: 'emergin' },
    ]);
  });

  it('resolves a job function the same way, leaving the region alone', () => {
    const functions = [{ id: 'key-account-management', name: 'Key account management' }];
    const { invitees, unknown } = resolveNames(
      [
        { invitee: 'Ana', region: 'nowhere', jobFunction: 'key account MANAGEMENT' },
        { invitee: 'Bo', region: '', jobFunction: 'KAM' },
      ],
      'jobFunction',
      [functions],
    );
    expect(invitees.map((i) => [i.region, i.jobFunction])).toEqual([
      ['nowhere', 'key-account-management'],
      ['', 'KAM'],
    ]);
    expect(unknown).toEqual([{ index: 1, value: 'KAM' }]);
  });
});
