import { describe, expect, it } from 'vitest';
import { countWords } from './countWords';

describe('countWords', () => {
  it('counts prose words and ignores component tags and Markdown punctuation', () => {
    expect(countWords('## A heading\n\n<Callout type="tip">\n\n- **Bold** item — here\n\n</Callout>')).toBe(5);
  });

  it('ignores table rules and pipes, and fenced code', () => {
    expect(countWords('| Role | Name |\n|---|---|\n| Buyer | Ana |\n\n```\nnot counted at all\n```')).toBe(4);
  });
});
