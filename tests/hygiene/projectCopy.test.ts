import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopy } from '../helpers/projectCopy';

const project = join(import.meta.dirname, '..', '..');

describe('projectCopy', () => {
  it('gives each copy its own build caches, so copies built side by side never share a content store', () => {
    const [one, other] = [projectCopy(), projectCopy()];
    try {
      // Astro keeps the content store of a build in node_modules/.astro (its cacheDir).
      mkdirSync(join(one.root, 'node_modules', '.astro'), { recursive: true });
      writeFileSync(join(one.root, 'node_modules', '.astro', 'projectCopy-probe.json'), '{}');
      expect(existsSync(join(other.root, 'node_modules', '.astro', 'projectCopy-probe.json'))).toBe(false);
      expect(existsSync(join(project, 'node_modules', '.astro', 'projectCopy-probe.json'))).toBe(false);
      // …while the packages are the project's.
      expect(existsSync(join(other.root, 'node_modules', 'astro', 'package.json'))).toBe(true);
    } finally {
      one.dispose();
      other.dispose();
    }
  });
});
