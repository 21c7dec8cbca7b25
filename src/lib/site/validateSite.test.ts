import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { testSite } from './testSite';
import { validateSite } from './validateSite';

const withSite = (change: (site: ReturnType<typeof testSite>) => void, curriculum = testCurriculum()) => {
  const site = testSite();
  change(site);
  return { ...curriculum, site };
};

describe('validateSite', () => {
  it('accepts the words and colours of a consistent site', () => {
    expect(validateSite(withSite(() => {}))).toEqual([]);
  });

  it('names a brand colour below WCAG AA contrast with white, with its ratio', () => {
    const issues = validateSite(withSite((site) => (site.brand.colour = '#7fa7c9')));

    expect(issues).toEqual([
      expect.objectContaining({ field: 'brand.colour', message: expect.stringMatching(/2\.\d\d:1 .* 4\.5:1/) }),
    ]);
  });

  it('asks for a model word when there is a model, and for none when there is not', () => {
    const missing = validateSite(withSite((site) => delete site.terms.model));
    const extra = validateSite({ ...withSite(() => {}), models: [] });

    expect(missing.map((i) => i.field)).toEqual(['terms.model']);
    expect(extra.map((i) => i.field)).toEqual(['terms.model', 'navigation[3]']);
  });

  it('asks for a word for archetypes when regions.yaml has some', () => {
    const issues = validateSite(withSite((site) => delete site.terms.archetype));

    expect(issues.map((i) => i.field)).toEqual(['terms.archetype']);
  });
});
