import { describe, expect, it } from 'vitest';
import { jsonLiteral } from './jsonLiteral.ts';

describe('jsonLiteral', () => {
  it('quotes with a tag the JSON does not contain, even when the text holds the usual tags', () => {
    const text = `it's "quoted" \\ $j$ $j0$ $$`;
    const literal = jsonLiteral([text]);
    expect(literal.startsWith('$j1$')).toBe(true);
    expect(literal.endsWith('$j1$')).toBe(true);
    expect(literal.slice(4, -4)).toBe(JSON.stringify([text]));
  });
});
