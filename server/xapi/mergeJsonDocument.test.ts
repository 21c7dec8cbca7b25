import { describe, expect, it } from 'vitest';
import { mergeJsonDocument } from './mergeJsonDocument.ts';

const json = (value: unknown) => ({ contentType: 'application/json', content: Buffer.from(JSON.stringify(value)) });

describe('mergeJsonDocument', () => {
  it('replaces top-level properties and keeps the others (the specification example)', () => {
    const merged = mergeJsonDocument(json({ x: 'foo', y: 'bar' }), json({ x: 'bash', z: 'faz' }));
    expect(JSON.parse(Buffer.from(merged).toString())).toEqual({ x: 'bash', y: 'bar', z: 'faz' });
  });

  it('refuses non-JSON documents and non-object JSON', () => {
    expect(() => mergeJsonDocument({ contentType: 'text/plain', content: Buffer.from('x') }, json({}))).toThrow(
      /application\/json/,
    );
    expect(() => mergeJsonDocument(json([1]), json({}))).toThrow(/not a JSON object/);
  });
});
