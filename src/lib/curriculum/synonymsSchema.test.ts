import { describe, expect, it } from 'vitest';
import { synonymsSchema } from './synonymsSchema';

describe('synonymsSchema', () => {
  it('accepts sets of two or more words and phrases', () => {
    expect(
      synonymsSchema.parse([
        ['KOL', 'key opinion leader'],
        ['HEOR', 'health economics and outcomes research'],
      ]),
    ).toHaveLength(2);
  });

  it('refuses a set with one entry', () => {
    const result = synonymsSchema.safeParse([['KOL']]);
    expect(result.error?.issues[0]?.message).toMatch(/at least two/);
  });

  it('refuses a word that is in two sets, naming the first', () => {
    const result = synonymsSchema.safeParse([
      ['KOL', 'opinion leader'],
      ['influencer', 'kol'],
    ]);
    expect(result.error?.issues[0]).toMatchObject({
      path: [1, 1],
      message: expect.stringMatching(/"kol" is already in set 1/),
    });
  });
});
