import { describe, expect, it } from 'vitest';
import { buildMultipartMixed, multipartBoundary, parseMultipartMixed } from './multipartMixed.ts';

describe('multipart/mixed', () => {
  it('parses the example from the xAPI specification, boundary characters included', () => {
    const boundary = "abcABC0123'()+_,-./:=?";
    const body = Buffer.from(
      `\r\n--${boundary}\r\nContent-Type:application/json\r\n\r\n{"a":1}\r\n--${boundary}\r\nContent-Type:text/plain\r\nContent-Transfer-Encoding:binary\r\nX-Experience-API-Hash:abc\r\n\r\nhere is a simple attachment\r\n--${boundary}--\r\n`,
    );
    expect(multipartBoundary(`multipart/mixed; boundary="${boundary}"`)).toBe(boundary);
    const parts = parseMultipartMixed(body, boundary);
    expect(parts).toHaveLength(2);
    expect(parts[0]!.body.toString()).toBe('{"a":1}');
    expect(parts[1]!.headers.get('x-experience-api-hash')).toBe('abc');
    expect(parts[1]!.body.toString()).toBe('here is a simple attachment');
  });

  it('round-trips binary parts through build and parse', () => {
    const bytes = Buffer.from([0, 13, 10, 45, 45, 255]);
    const built = buildMultipartMixed([
      { headers: { 'Content-Type': 'application/json' }, body: '[]' },
      { headers: { 'X-Experience-API-Hash': 'h' }, body: bytes },
    ]);
    const parts = parseMultipartMixed(built.body, multipartBoundary(built.contentType));
    expect(parts[1]!.body.equals(bytes)).toBe(true);
  });

  it('refuses a body without its closing boundary', () => {
    expect(() => parseMultipartMixed(Buffer.from('--b\r\n\r\nx'), 'b')).toThrow(/closing boundary/);
  });
});
