import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/authoring/checkContent';
import { getCatalog } from '../../src/data/curriculum';
import { curriculumWorkspace, FIXTURES } from '../helpers/curriculumWorkspace';

const project = join(import.meta.dirname, '..', '..');

describe('the curriculum the build renders', () => {
  it('is the curriculum the checker checks, for the shipped content', async () => {
    const { curriculum } = await getCatalog(project);

    expect(curriculum).toEqual(checkContent(project).curriculum);
  });

  it('is the curriculum the checker checks, for a fixture curriculum', async () => {
    const { root, dispose } = curriculumWorkspace();
    try {
      const { curriculum } = await getCatalog(root);

      expect(curriculum.modules.length).toBeGreaterThan(0);
      expect(curriculum).toEqual(checkContent(root).curriculum);
    } finally {
      dispose();
    }
  });

  it('lists entries in the order pages show them: scale by level, Global first, competencies by name, modules by title', () => {
    const { curriculum } = checkContent(project);
    const sorted = <T>(list: T[], compare: (a: T, b: T) => number) => [...list].sort(compare);

    expect(curriculum.scale).toEqual(sorted(curriculum.scale, (a, b) => a.level - b.level));
    expect(curriculum.regions[0]!.kind).toBe('global');
    expect(curriculum.competencies).toEqual(sorted(curriculum.competencies, (a, b) => a.name.localeCompare(b.name)));
    expect(curriculum.modules).toEqual(sorted(curriculum.modules, (a, b) => a.title.localeCompare(b.title)));
  });

  it('is refused with every problem the checker reports when the content is broken', async () => {
    const { root, dispose } = curriculumWorkspace(join(FIXTURES, 'bad-content', 'unknown-competency'));
    try {
      await expect(getCatalog(root)).rejects.toThrow(
        /content\/modules\/deeper-mapping\.mdx:5 \(develops\[0\]\.competency\)/,
      );
    } finally {
      dispose();
    }
  });
});
