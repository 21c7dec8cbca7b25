import { describe, expect, it, vi } from 'vitest';
import { curriculumWorkspace } from '../../tests/helpers/curriculumWorkspace';
import { checkContent } from './checkContent';

describe('checkContentOnce', () => {
  it('reads the curriculum once for the build’s check and its pages, though each has its own copy of the module', async () => {
    const { root, dispose } = curriculumWorkspace();
    try {
      const asTheIntegrationLoadsIt = (await import('./checkContentOnce')).checkContentOnce;
      vi.resetModules();
      const asThePagesBundleIt = (await import('./checkContentOnce')).checkContentOnce;

      const checked = asTheIntegrationLoadsIt(root);

      expect(asThePagesBundleIt(`${root}/`)).toBe(checked);
      expect(checked).toEqual(checkContent(root));
    } finally {
      dispose();
    }
  });
});
