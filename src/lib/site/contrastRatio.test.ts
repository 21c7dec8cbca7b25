import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrastRatio';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0b5c8a', '#0b5c8a')).toBe(1);
  });

  it('gives WCAG’s published figure whatever the order', () => {
    // #767676 is the lightest grey that reaches 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeLessThan(4.5);
  });
});
