import { describe, expect, it } from 'vitest';
import { sectionHeadings } from './sectionHeadings';

describe('sectionHeadings', () => {
  it('lists the ## headings with their body lines, as the author reads them', () => {
    expect(sectionHeadings('Intro.\n\n## Map the *people*\n\nText.\n\n### Detail\n\n## Find `blockers` ##\n')).toEqual([
      { text: 'Map the people', line: 3 },
      { text: 'Find blockers', line: 9 },
    ]);
  });

  it('ignores lines in fenced code blocks', () => {
    expect(sectionHeadings('```md\n## Not a heading\n```\n\n## Real')).toEqual([{ text: 'Real', line: 5 }]);
  });
});
