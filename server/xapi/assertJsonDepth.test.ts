import { describe, expect, it } from 'vitest';
import { assertJsonDepth } from './assertJsonDepth.ts';

const bytes = (text: string) => Buffer.from(text);

describe('assertJsonDepth', () => {
  it('accepts JSON nested exactly to the limit', () => {
    expect(() => assertJsonDepth(bytes(`${'['.repeat(64)}${']'.repeat(64)}`), 64)).not.toThrow();
    expect(() => assertJsonDepth(bytes('{"a":[{"b":[1,2]},{"c":{}}]}'), 4)).not.toThrow();
  });

  it('refuses one level more with a 400 naming the limit', () => {
    expect(() => assertJsonDepth(bytes(`${'{"a":'.repeat(65)}1${'}'.repeat(65)}`), 64)).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringMatching(/more than 64 levels/) }),
    );
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(() => assertJsonDepth(bytes(JSON.stringify({ text: '[[[[[[\\"[[[[ {{{{' })), 2)).not.toThrow();
  });
});
