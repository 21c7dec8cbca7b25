import { readFileSync } from 'node:fs';
import extractChunks from 'png-chunks-extract';
import { describe, expect, it } from 'vitest';
import { bakedBadgePng, credentialOfPng, OB3_PNG_KEYWORD } from './bakedBadgePng';

const template = new Uint8Array(readFileSync(new URL('../../../server/badges/badgeTemplate.png', import.meta.url)));
const jwt = 'eyJhbGciOiJFUzI1NiJ9.eyJpZCI6Imh0dHBzOi8vY29lLmV4YW1wbGUvYSJ9.c2lnbmF0dXJl';

describe('bakedBadgePng', () => {
  it('bakes the compact JWS into one uncompressed iTXt chunk keyed openbadgecredential, right after IHDR', () => {
    const chunks = extractChunks(bakedBadgePng(template, jwt));
    expect(chunks[0]!.name).toBe('IHDR');
    expect(chunks[1]!.name).toBe('iTXt');
    // keyword, NUL, compression flag 0, method 0, empty language tag and translated keyword, the text
    expect(new TextDecoder().decode(chunks[1]!.data)).toBe(`${OB3_PNG_KEYWORD}\0\0\0\0\0${jwt}`);
    expect(chunks.at(-1)!.name).toBe('IEND');
    // Every chunk but the new one is the template's, unchanged.
    expect(chunks.filter((c) => c.name !== 'iTXt')).toEqual(extractChunks(template));
  });

  it('gives back the credential it baked, and replaces rather than doubles a credential already baked', () => {
    const once = bakedBadgePng(template, jwt);
    expect(credentialOfPng(once)).toBe(jwt);
    const again = bakedBadgePng(once, 'a.b.c');
    expect(extractChunks(again).filter((c) => c.name === 'iTXt')).toHaveLength(1);
    expect(credentialOfPng(again)).toBe('a.b.c');
  });

  it('finds no credential in a PNG without one, in something that is not a PNG, or in a damaged PNG', () => {
    expect(credentialOfPng(template)).toBeUndefined();
    expect(credentialOfPng(new TextEncoder().encode('<svg/>'))).toBeUndefined();
    const damaged = bakedBadgePng(template, jwt);
    damaged[60] = damaged[60]! ^ 0xff; // inside the iTXt text: its CRC no longer matches
    expect(credentialOfPng(damaged)).toBeUndefined();
  });
});
