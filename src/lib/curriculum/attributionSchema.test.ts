import { describe, expect, it } from 'vitest';
import { moduleSchema } from './moduleSchema';

const module = {
  title: 'Teaching is a skill',
  summary: 'Why teaching can be learned, adapted from an open course.',
  model: 'core',
  develops: [{ competency: 'teaching', level: 1 }],
  duration: 20,
  objectives: ['Explain why teaching is a skill'],
};

describe('module source and licence', () => {
  it('reads where a module comes from and its licence, adapted unless said otherwise', () => {
    const parsed = moduleSchema.parse({
      ...module,
      source: { title: 'Teaching Tech Together', author: 'Greg Wilson', url: 'https://teachtogether.tech/' },
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    });
    expect(parsed.source).toEqual({
      title: 'Teaching Tech Together',
      author: 'Greg Wilson',
      url: 'https://teachtogether.tech/',
      adapted: true,
    });
    expect(parsed.licence?.name).toBe('CC BY 4.0');
  });

  it('refuses a source link that is not a URL, naming the field', () => {
    const result = moduleSchema.safeParse({ ...module, source: { title: 'T', url: 'teachtogether' } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['source.url']);
  });
});
