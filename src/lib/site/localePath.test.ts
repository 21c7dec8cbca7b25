import { describe, expect, it } from 'vitest';
import { localePath, sourcePath } from './localePath';

describe('localePath', () => {
  it('keeps the default locale’s addresses and puts the others under their locale', () => {
    expect(localePath('/modules/a/', 'en', 'en')).toBe('/modules/a/');
    expect(localePath('/modules/a/', 'fr', 'en')).toBe('/fr/modules/a/');
    expect(localePath('/', 'fr', 'en')).toBe('/fr/');
  });
});

describe('sourcePath', () => {
  it('gives the default locale’s address of a page in any locale', () => {
    expect(sourcePath('/fr/modules/a/', ['en', 'fr'])).toBe('/modules/a/');
    expect(sourcePath('/fr/', ['en', 'fr'])).toBe('/');
    expect(sourcePath('/modules/a/', ['en', 'fr'])).toBe('/modules/a/');
  });

  it('does not mistake a page named like the default locale for a prefix', () => {
    expect(sourcePath('/en/', ['en', 'fr'])).toBe('/en/');
  });
});
