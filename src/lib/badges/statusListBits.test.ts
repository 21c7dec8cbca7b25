import { describe, expect, it } from 'vitest';
import { STATUS_LIST_BITS, statusBitSet, statusListBytes } from './statusListBits';

describe('statusListBytes', () => {
  it('is 16 KB however few credentials are revoked', () => {
    expect(statusListBytes([]).length).toBe(STATUS_LIST_BITS / 8);
  });

  it('sets bit 0 as the most significant bit of the first byte, as the Bitstring Status List orders it', () => {
    const bytes = statusListBytes([0, 9], 16);
    expect([...bytes]).toEqual([0b1000_0000, 0b0100_0000]);
    expect([0, 1, 9, 15].map((i) => statusBitSet(bytes, i))).toEqual([true, false, true, false]);
  });

  it('refuses a position outside the list', () => {
    expect(() => statusListBytes([16], 16)).toThrow(/outside/);
  });
});
