import { describe, expect, it } from 'vitest';
import { badgesDue } from './badgesDue';

const achievement = (competency: string, level: number) => ({
  competency,
  name: competency,
  level,
  levelName: `L${level}`,
  descriptor: '',
});
const all = [1, 2, 3].flatMap((l) => [achievement('mapping', l), achievement('value', l)]);

describe('badgesDue', () => {
  it('gives every level up to the one reached, and nothing for a competency not started', () => {
    expect(badgesDue({ mapping: 2, value: 0 }, all).map((a) => `${a.competency}@${a.level}`)).toEqual([
      'mapping@1',
      'mapping@2',
    ]);
  });
});
