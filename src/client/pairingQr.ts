import encodeQR, { type QrOpts } from 'qr';

/** Medium error correction survives a smudged screen; one module of quiet zone, as the panel's frame adds the rest. */
export const PAIRING_QR_OPTIONS: QrOpts = { ecc: 'medium', border: 1 };

/** The pairing link as an SVG QR code (a string of `<svg>` markup), for the learner's next device to scan. */
export function pairingQr(link: string): string {
  return encodeQR(link, 'svg', PAIRING_QR_OPTIONS);
}
