import encodeQR from 'qr';
import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { PAIRING_QR_OPTIONS, pairingQr } from './pairingQr';

/** The code's modules as an RGBA image, `scale` pixels per module, dark on light: what a camera would see. */
function image(bits: boolean[][], scale = 4) {
  const size = bits.length * scale;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const value = bits[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      data.set([value, value, value, 255], (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}

describe('pairingQr', () => {
  const link = 'https://learn.example.org/sync/?pair=7K4Q-9XPM';

  it('is an SVG image of the pairing link', () => {
    const svg = pairingQr(link);
    expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('</svg>');
  });

  it('encodes a code a reader decodes back to the exact link', () => {
    const bits = encodeQR(link, 'raw', PAIRING_QR_OPTIONS);
    expect(decodeQR(image(bits))).toBe(link);
  });
});
